package org.holdfast.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.holdfast.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.annotation.Transactional;

@SpringBootTest
@Transactional
class PasswordEncodingTests {

    /** Every demo account's password (the demo module's DemoPractice.PASSWORD). */
    static final String DEMO_PASSWORD = "holdfast-demo";

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    AuthenticationConfiguration authentication;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TestUsers users;

    @Autowired
    AccountService accounts;

    @Autowired
    jakarta.persistence.EntityManager entities;

    @Test
    void newHashesAreArgon2id() {
        String hash = encoder.encode("the heron waits by cold water");
        assertThat(hash).startsWith("{argon2}$argon2id$");
        assertThat(encoder.matches("the heron waits by cold water", hash)).isTrue();
        assertThat(encoder.upgradeEncoding(hash)).isFalse();
    }

    @Test
    void bcryptHashesMadeBeforeStillVerifyAndAskToBeUpgraded() {
        String old = "{bcrypt}" + new BCryptPasswordEncoder().encode("holdfast-demo");
        assertThat(encoder.matches("holdfast-demo", old)).isTrue();
        assertThat(encoder.upgradeEncoding(old)).isTrue();
    }

    @Test
    void aBcryptAccountSigningInHasItsHashUpgradedToArgon2() throws Exception {
        jdbc.update("update user_account set password_hash = ? where username = ?",
                "{bcrypt}" + new BCryptPasswordEncoder().encode(DEMO_PASSWORD), TestUsers.ZOE);

        Authentication signedIn = authentication.getAuthenticationManager()
                .authenticate(UsernamePasswordAuthenticationToken.unauthenticated(TestUsers.ZOE, DEMO_PASSWORD));

        assertThat(signedIn.isAuthenticated()).isTrue();
        assertThat(storedHash(TestUsers.ZOE)).startsWith("{argon2}");
        // and the upgraded hash still lets them in
        assertThat(authentication.getAuthenticationManager()
                .authenticate(UsernamePasswordAuthenticationToken.unauthenticated(TestUsers.ZOE, DEMO_PASSWORD))
                .isAuthenticated()).isTrue();
    }

    @Test
    void aPassphraseFarBeyondBcrypts72BytesIsAcceptedAndSignsIn() throws Exception {
        String passphrase = PasswordRulesTests.passphrase116();
        assertThat(passphrase.getBytes(java.nio.charset.StandardCharsets.UTF_8).length).isGreaterThan(72);
        users.as(TestUsers.ZOE, () -> accounts.changeOwnPassword(DEMO_PASSWORD, passphrase));

        assertThat(authentication.getAuthenticationManager()
                .authenticate(UsernamePasswordAuthenticationToken.unauthenticated(TestUsers.ZOE, passphrase))
                .isAuthenticated()).isTrue();
        // Only the whole passphrase works: nothing after some byte limit is ignored
        String allButTheLast = passphrase.substring(0, passphrase.offsetByCodePoints(0, 115));
        assertThat(encoder.matches(allButTheLast, storedHash(TestUsers.ZOE))).isFalse();
    }

    private String storedHash(String username) {
        entities.flush(); // the test's transaction holds the change until then
        return jdbc.queryForObject("select password_hash from user_account where username = ?", String.class, username);
    }
}
