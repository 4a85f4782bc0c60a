package org.holdfast.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.holdfast.TestUsers;
import org.holdfast.clients.ClientService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Under {@code staff-second-factor=required}: a clinician signed in with a password alone is refused client data by
 * method security until they use an authenticator-app code or a recovery code; a code computed here from the secret
 * is accepted, the same code again (same time step) and a used recovery code are refused, a wrong code counts toward
 * the lock-out; a client is never asked. Sign-in goes through Spring Security's own password provider, so the
 * authentication carries the factor authorities a real sign-in does. Each test has its own accounts.
 */
@SpringBootTest(properties = "holdfast.security.staff-second-factor=required")
@ExtendWith(OutputCaptureExtension.class)
@Tag("database") // run again on MySQL/MariaDB in CI: the V20 tables and the conditional "used" updates
class StaffSecondFactorTests {

    static final String PASSWORD = "a heron waits by the cold water";
    private static final AtomicInteger NEXT = new AtomicInteger();

    @TestConfiguration
    static class MovableTime {
        @Bean
        @Primary
        MutableClock movableClock() {
            return new MutableClock(Clock.systemUTC().instant(), ZoneId.of("UTC"));
        }
    }

    @Autowired
    MutableClock clock;
    @Autowired
    UserAccountRepository accounts;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    AuthenticationConfiguration authentication;
    @Autowired
    SecondFactors factors;
    @Autowired
    ClientService clients;
    @Autowired
    SecretEncryption encryption;
    @Autowired
    AuthenticatorAppRepository apps;
    @Autowired
    JdbcTemplate jdbc;

    String clinician;

    @BeforeEach
    void newClinician() {
        // Spring's password provider stamps its factor with the real time; the other tests moved this clock on.
        clock.set(Instant.now());
        clinician = account(Role.CLINICIAN);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aClinicianSignedInWithAPasswordAloneIsRefusedClientData() throws Exception {
        signIn(clinician);

        assertThatThrownBy(() -> clients.allOfMine(false)).isInstanceOf(AccessDeniedException.class);
        assertThat(factors.status().hasAny()).as("their own factors stay reachable, to set one up").isFalse();
    }

    @Test
    void anAppCodeComputedFromTheSecretLetsTheClinicianThroughAndTheSameCodeTwiceIsRefused() throws Exception {
        signIn(clinician);
        SecondFactors.AppSetUp setUp = factors.beginAppSetUp();
        List<String> recoveryCodes = factors.confirmAppSetUp(setUp, Totp.code(setUp.secret, clock.instant()));
        assertThat(recoveryCodes).hasSize(10).doesNotHaveDuplicates();
        assertThat(clients.allOfMine(false)).as("set-up proves the app").isNotNull();

        SecurityContextHolder.clearContext();
        clock.advance(Duration.ofMinutes(2));
        signIn(clinician);
        assertThatThrownBy(() -> clients.allOfMine(false)).isInstanceOf(AccessDeniedException.class);
        String code = Totp.code(secretOf(clinician), clock.instant());
        factors.verify(code);
        assertThat(clients.allOfMine(false)).isNotNull();

        SecurityContextHolder.clearContext();
        signIn(clinician);
        assertThatThrownBy(() -> factors.verify(code)).isInstanceOf(SecondFactorCodeException.class)
                .hasMessageContaining("used already");
        assertThatThrownBy(() -> clients.allOfMine(false)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aCodeFromTheStepBeforeIsAcceptedForClockDriftButNotTwoStepsBefore() throws Exception {
        signIn(clinician);
        SecondFactors.AppSetUp setUp = factors.beginAppSetUp();
        factors.confirmAppSetUp(setUp, Totp.code(setUp.secret, clock.instant()));
        clock.advance(Duration.ofMinutes(3));

        Instant twoStepsAgo = clock.instant().minus(Totp.STEP.multipliedBy(2));
        assertThatThrownBy(() -> factors.verify(Totp.code(setUp.secret, twoStepsAgo)))
                .isInstanceOf(SecondFactorCodeException.class).hasMessageContaining("not right");
        clock.advance(Duration.ofSeconds(10));
        factors.verify(Totp.code(setUp.secret, clock.instant().minus(Totp.STEP)));
    }

    @Test
    void aRecoveryCodeWorksOnceAndThenIsRefusedWithAClearMessage() throws Exception {
        signIn(clinician);
        SecondFactors.AppSetUp setUp = factors.beginAppSetUp();
        List<String> recoveryCodes = factors.confirmAppSetUp(setUp, Totp.code(setUp.secret, clock.instant()));

        SecurityContextHolder.clearContext();
        signIn(clinician);
        factors.verify(recoveryCodes.get(3).toLowerCase());
        assertThat(clients.allOfMine(false)).isNotNull();
        assertThat(factors.status().recoveryCodesLeft()).isEqualTo(9);

        SecurityContextHolder.clearContext();
        signIn(clinician);
        assertThatThrownBy(() -> factors.verify(recoveryCodes.get(3))).isInstanceOf(SecondFactorCodeException.class)
                .hasMessageContaining("recovery code has been used already");
        assertThat(audit(clinician)).contains("RECOVERY_CODE_USED", "SECOND_FACTOR_FAILED");
    }

    @Test
    void wrongCodesCountTowardTheLockOutAndAreLoggedAndAudited(CapturedOutput output) throws Exception {
        signIn(clinician);
        SecondFactors.AppSetUp setUp = factors.beginAppSetUp();
        factors.confirmAppSetUp(setUp, Totp.code(setUp.secret, clock.instant()));
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> factors.verify("000000")).isInstanceOf(SecondFactorCodeException.class);
            clock.advance(Duration.ofSeconds(30));
        }

        assertThat(audit(clinician)).containsSubsequence("FACTOR_ADDED", "SECOND_FACTOR_FAILED", "SECOND_FACTOR_FAILED",
                "SECOND_FACTOR_FAILED", "SECOND_FACTOR_FAILED", "SECOND_FACTOR_FAILED", "ACCOUNT_LOCKED");
        assertThatThrownBy(() -> factors.verify(Totp.code(setUp.secret, clock.instant())))
                .as("the right code does not pass a lock").isInstanceOf(SecondFactorCodeException.class)
                .hasMessageContaining("wait a few minutes");
        assertThat(output).contains("event=factor_added account=" + clinician)
                .contains("event=second_factor_failed account=" + clinician).doesNotContain("000000");
    }

    @Test
    void theSecretIsStoredEncryptedNotAsTheKeyAppsAreGiven() throws Exception {
        signIn(clinician);
        SecondFactors.AppSetUp setUp = factors.beginAppSetUp();
        factors.confirmAppSetUp(setUp, Totp.code(setUp.secret, clock.instant()));

        String stored = jdbc.queryForObject("select secret_encrypted from authenticator_app where account_id = ?",
                String.class, accountId(clinician));
        assertThat(stored).doesNotContain(Totp.base32(setUp.secret)).isNotEqualTo(new String(setUp.secret));
        assertThat(encryption.decrypt(stored)).isEqualTo(setUp.secret);
        assertThat(jdbc.queryForList("select code_hash from recovery_code where account_id = ?", String.class,
                accountId(clinician))).hasSize(10).allMatch(hash -> hash.matches("[0-9a-f]{64}"));
    }

    @Test
    void aPasskeySignInIsEnoughOnItsOwnWhileAPasswordAloneIsNot() throws Exception {
        UserAccount account = accounts.findByUsernameIgnoreCase(clinician).orElseThrow();
        SignedInUser user = new SignedInUser(account);
        var context = SecurityContextHolder.createEmptyContext();
        // What the passkey sign-in (PasskeySignIn) grants: the account's role and the WebAuthn factor.
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, List.of(
                user.getAuthorities().iterator().next(),
                org.springframework.security.core.authority.FactorGrantedAuthority.fromAuthority(
                        org.springframework.security.core.authority.FactorGrantedAuthority.WEBAUTHN_AUTHORITY))));
        SecurityContextHolder.setContext(context);

        assertThat(clients.allOfMine(false)).isNotNull();
        assertThat(factors.gate()).isEqualTo(SecondFactors.Gate.NONE);

        signIn(clinician);
        assertThat(factors.gate()).isEqualTo(SecondFactors.Gate.VERIFY);
    }

    @Test
    void aClientWithoutAnyFactorIsNeverAsked() throws Exception {
        signIn(TestUsers.ZOE, "holdfast-demo");

        assertThat(clients.mine().displayName()).isNotBlank();
        assertThat(factors.status().hasAny()).isFalse();
    }

    @Test
    void aClientResetsAForgottenPasswordWithARecoveryCodeWhichIsThenUsedUp() throws Exception {
        String client = account(Role.CLIENT);
        signIn(client);
        SecondFactors.AppSetUp setUp = factors.beginAppSetUp();
        List<String> recoveryCodes = factors.confirmAppSetUp(setUp, Totp.code(setUp.secret, clock.instant()));
        SecurityContextHolder.clearContext();
        String newPassword = "lanterns over the quiet harbour";

        factors.resetPasswordWithRecoveryCode(client, recoveryCodes.get(0), newPassword);

        signIn(client, newPassword);
        SecurityContextHolder.clearContext();
        clock.advance(Duration.ofSeconds(10));
        String used = refusal(() -> factors.resetPasswordWithRecoveryCode(client, recoveryCodes.get(0), newPassword));
        clock.advance(Duration.ofSeconds(10));
        String wrong = refusal(() -> factors.resetPasswordWithRecoveryCode(client, "AAAA-BBBB-CCCC-DDDD", newPassword));
        String unknown = refusal(() -> factors.resetPasswordWithRecoveryCode("nobody-" + client, recoveryCodes.get(1),
                newPassword));
        assertThat(used).isEqualTo(wrong).isEqualTo(unknown).isEqualTo(SecondFactors.NEUTRAL_RESET_REFUSAL);
        assertThat(audit(client)).containsSubsequence("PASSWORD_RESET_WITH_RECOVERY_CODE", "SECOND_FACTOR_FAILED",
                "SECOND_FACTOR_FAILED");
        assertThat(accounts.findByUsernameIgnoreCase(client).orElseThrow().getFailedSignIns()).isEqualTo(2);
    }

    @Test
    void staffCannotResetWithARecoveryCodeAndAreToldNothingMore() throws Exception {
        signIn(clinician);
        SecondFactors.AppSetUp setUp = factors.beginAppSetUp();
        List<String> recoveryCodes = factors.confirmAppSetUp(setUp, Totp.code(setUp.secret, clock.instant()));
        SecurityContextHolder.clearContext();

        assertThat(refusal(() -> factors.resetPasswordWithRecoveryCode(clinician, recoveryCodes.get(0),
                "lanterns over the quiet harbour"))).isEqualTo(SecondFactors.NEUTRAL_RESET_REFUSAL);
        assertThatThrownBy(() -> signIn(clinician, "lanterns over the quiet harbour"))
                .isInstanceOf(org.springframework.security.authentication.BadCredentialsException.class);
    }

    private static String refusal(Runnable attempt) {
        try {
            attempt.run();
        } catch (SecondFactorCodeException refused) {
            return refused.getMessage();
        }
        throw new AssertionError("not refused");
    }

    private void signIn(String username) throws Exception {
        signIn(username, PASSWORD);
    }

    private void signIn(String username, String password) throws Exception {
        var result = authentication.getAuthenticationManager()
                .authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, password));
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(result);
        SecurityContextHolder.setContext(context);
    }

    private String account(Role role) {
        String username = "factor-" + NEXT.incrementAndGet() + "-" + System.nanoTime() + "@test.holdfast";
        accounts.save(new UserAccount(username, encoder.encode(PASSWORD), "Factor Test", role, clock.instant()));
        return username;
    }

    private byte[] secretOf(String username) {
        return encryption.decrypt(apps.findById(accountId(username)).orElseThrow().getSecretEncrypted());
    }

    private long accountId(String username) {
        return accounts.findByUsernameIgnoreCase(username).orElseThrow().getId();
    }

    private List<String> audit(String username) {
        return jdbc.queryForList("select action from audit_event where action_text = ? order by id", String.class,
                username);
    }
}
