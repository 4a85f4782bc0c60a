package org.holdfast.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.holdfast.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
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
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Password guessing through the real log-in form (Spring Security's filter, provider and events): a growing
 * delay, a lock at the fifth failure in a row that even the right password does not pass, the same answer
 * as a wrong password, its audit rows and log lines, the lock running out, the manager's unlock, and one
 * address spraying guesses over many usernames. Each test has its own accounts and addresses; the clock is
 * moved, never waited for.
 */
@SpringBootTest(properties = { "holdfast.security.lockout.failures-before-lock=5",
        "holdfast.security.lockout.lock-minutes=15", "holdfast.security.lockout.address-failures=20" })
@ExtendWith(OutputCaptureExtension.class)
class SignInLockoutTests {

    private static final String PASSWORD = "the-right-passphrase-2026";
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
    WebApplicationContext context;

    @Autowired
    MutableClock clock;

    @Autowired
    UserAccountRepository accounts;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AccountService accountService;

    @Autowired
    UserDetailsService users;

    MockMvc http;
    String username;
    String address;

    @BeforeEach
    void setUp() {
        http = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
        int n = NEXT.incrementAndGet();
        username = "lockout-" + n + "@test.holdfast";
        address = "198.51.100." + n;
        accounts.save(new UserAccount(username, encoder.encode(PASSWORD), "Lockout Test " + n, Role.CLIENT,
                clock.instant()));
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aLockedAccountIsRefusedEvenWithTheRightPasswordAndTheLockIsAudited(CapturedOutput output) throws Exception {
        failFiveTimes();

        refused(signIn(username, PASSWORD, address));

        assertThat(auditCodes(username)).containsExactly("SIGN_IN_FAILED", "SIGN_IN_FAILED", "SIGN_IN_FAILED",
                "SIGN_IN_FAILED", "SIGN_IN_FAILED", "ACCOUNT_LOCKED", "SIGN_IN_FAILED");
        assertThat(jdbc.queryForList("select detail from audit_event where action = 'ACCOUNT_LOCKED' and action_text = ?",
                String.class, username)).containsExactly("from " + address);
        assertThat(output).contains("event=sign_in_failed account=" + username + " address=" + address + " failures=5")
                .contains("event=account_locked account=" + username)
                .contains("event=sign_in_refused account=" + username)
                .doesNotContain("wrong-guess").doesNotContain(PASSWORD);
    }

    @Test
    void aLockedAccountGetsTheSameAnswerAsAWrongPassword() throws Exception {
        String wrong = signIn(username, "wrong-guess", address).andReturn().getResponse().getRedirectedUrl();
        failFiveTimes();
        String locked = signIn(username, PASSWORD, address).andReturn().getResponse().getRedirectedUrl();
        String unknown = signIn("nobody-" + username, "wrong-guess", address).andReturn().getResponse()
                .getRedirectedUrl();

        assertThat(wrong).isEqualTo("/login?error").isEqualTo(locked).isEqualTo(unknown);
    }

    @Test
    void theRightPasswordWorksAgainOnceTheLockHasRunOut() throws Exception {
        failFiveTimes();
        clock.advance(Duration.ofMinutes(14));
        refused(signIn(username, PASSWORD, address));

        clock.advance(Duration.ofMinutes(1).plusSeconds(1));
        signIn(username, PASSWORD, address).andExpect(authenticated().withUsername(username));
    }

    @Test
    void guessesTooCloseTogetherAreRefusedAfterTheThirdFailure() throws Exception {
        for (int i = 0; i < 3; i++) {
            refused(signIn(username, "wrong-guess", address));
        }
        refused(signIn(username, PASSWORD, address));
        assertThat(auditCodes(username)).as("refused for coming too soon, not counted again").hasSize(4);

        clock.advance(Duration.ofSeconds(1));
        signIn(username, PASSWORD, address).andExpect(authenticated().withUsername(username));
    }

    @Test
    void theManagerUnlocksAnAccountAndTheUnlockIsAudited(CapturedOutput output) throws Exception {
        failFiveTimes();
        UserAccount account = accounts.findByUsernameIgnoreCase(username).orElseThrow();
        signedInAs(TestUsers.MANAGER);

        accountService.unlock(account.getId());

        assertThat(jdbc.queryForList("select actor from audit_event where action = 'ACCOUNT_UNLOCKED' and action_text = ?",
                String.class, username)).containsExactly(TestUsers.MANAGER);
        assertThat(output).contains("event=account_unlocked account=" + username + " by=" + TestUsers.MANAGER);
        SecurityContextHolder.clearContext();
        signIn(username, PASSWORD, address).andExpect(authenticated().withUsername(username));
    }

    @Test
    void onlyTheManagerMayUnlock() {
        UserAccount account = accounts.findByUsernameIgnoreCase(username).orElseThrow();
        signedInAs(TestUsers.ELENA);

        assertThatThrownBy(() -> accountService.unlock(account.getId())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void oneAddressSprayingManyUsernamesIsLockedOutForEveryAccount(CapturedOutput output) throws Exception {
        String typedAsUsername = "hunter2-typed-as-username";
        for (int i = 0; i < 20; i++) {
            refused(signIn(typedAsUsername + i, "wrong-guess", address));
            clock.advance(Duration.ofSeconds(5));
        }

        refused(signIn(username, PASSWORD, address));
        signIn(username, PASSWORD, "192.0.2.77").andExpect(authenticated().withUsername(username));

        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'SIGN_IN_FAILED' and actor = ?"
                + " and detail = ?", Integer.class, AccountActivity.UNKNOWN_ACCOUNT, "from " + address)).isEqualTo(20);
        assertThat(jdbc.queryForObject("select count(*) from audit_event where actor like '%hunter2%'"
                + " or action_text like '%hunter2%' or detail like '%hunter2%'", Integer.class)).isZero();
        assertThat(output).contains("event=sign_in_failed account=unknown address=" + address)
                .contains("event=address_locked address=" + address).doesNotContain("hunter2");
    }

    @Test
    void anAddressLockRunsOut() throws Exception {
        for (int i = 0; i < 20; i++) {
            refused(signIn("nobody-" + i + "-" + username, "wrong-guess", address));
        }
        refused(signIn(username, PASSWORD, address));

        clock.advance(Duration.ofMinutes(15).plusSeconds(1));
        signIn(username, PASSWORD, address).andExpect(authenticated().withUsername(username));
    }

    @Test
    void aSuccessfulSignInIsLoggedAndStartsTheCountAfresh(CapturedOutput output) throws Exception {
        for (int i = 0; i < 4; i++) {
            refused(signIn(username, "wrong-guess", address));
            clock.advance(Duration.ofSeconds(10));
        }
        signIn(username, PASSWORD, address).andExpect(authenticated());
        refused(signIn(username, "wrong-guess", address));
        clock.advance(Duration.ofSeconds(10));

        signIn(username, PASSWORD, address).andExpect(authenticated());
        assertThat(output).contains("event=sign_in account=" + username + " role=CLIENT address=" + address);
    }

    /** Five wrong passwords, each after the delay the one before imposed, so every one counts. */
    private void failFiveTimes() throws Exception {
        for (int i = 0; i < 5; i++) {
            refused(signIn(username, "wrong-guess", address));
            clock.advance(Duration.ofSeconds(10));
        }
    }

    private ResultActions signIn(String name, String password, String from) throws Exception {
        return http.perform(post("/login").param("username", name).param("password", password).with(csrf())
                .with(request -> {
                    request.setRemoteAddr(from);
                    return request;
                }));
    }

    private static void refused(ResultActions result) throws Exception {
        result.andExpect(unauthenticated()).andExpect(redirectedUrl("/login?error"));
    }

    private List<String> auditCodes(String account) {
        return jdbc.queryForList("select action from audit_event where action_text = ? order by id", String.class,
                account);
    }

    private void signedInAs(String name) {
        UserDetails user = users.loadUserByUsername(name);
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }
}
