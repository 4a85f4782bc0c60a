package org.holdfast.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.holdfast.TestUsers.ALEX;
import static org.holdfast.TestUsers.ELENA;
import static org.holdfast.TestUsers.MANAGER;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.time.Clock;
import java.util.List;

import org.holdfast.DatabaseTest;
import org.holdfast.TestUsers;
import org.holdfast.clients.ClientService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Sign-in turned off and on again: by the practice manager for any account, and by a client's discharge and
 * reopening. Through the real log-in form; the refused answer is the same one a wrong password gets.
 */
@DatabaseTest
@ExtendWith(OutputCaptureExtension.class)
class AccountDisablingTests {

    private static final String PASSWORD = "the-right-passphrase-2026";
    private static final String DEMO_PASSWORD = "holdfast-demo";

    @Autowired
    WebApplicationContext context;

    @Autowired
    AccountService accountService;

    @Autowired
    ClientService clients;

    @Autowired
    UserAccountRepository accounts;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    MockMvc http;

    @BeforeEach
    void setUp() {
        http = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
    }

    @Test
    void aDisabledAccountCannotSignInAndAReEnabledOneCan(CapturedOutput output) throws Exception {
        UserAccount account = accounts.save(new UserAccount("disable-me@test.holdfast", encoder.encode(PASSWORD),
                "Disable Me", Role.CLINICIAN, clock.instant()));

        users.as(MANAGER, () -> accountService.disable(account.getId()));
        refused(signIn(account.getUsername(), PASSWORD));
        assertThat(statusOf(account.getId())).isEqualTo("Disabled");

        users.as(MANAGER, () -> accountService.enable(account.getId()));
        signIn(account.getUsername(), PASSWORD).andExpect(authenticated().withUsername(account.getUsername()));

        assertThat(auditCodes(account.getUsername())).containsSubsequence("ACCOUNT_DISABLED", "SIGN_IN_FAILED",
                "ACCOUNT_ENABLED");
        assertThat(output).contains("event=account_disabled account=disable-me@test.holdfast by=" + MANAGER)
                .contains("event=sign_in_refused account=disable-me@test.holdfast").contains("reason=Disabled")
                .contains("event=account_enabled account=disable-me@test.holdfast").doesNotContain(PASSWORD);
    }

    @Test
    void onlyTheManagerDisablesAndNotTheirOwnAccount(CapturedOutput output) {
        long elena = users.accountId(ELENA);
        assertThatThrownBy(() -> users.as(ELENA, () -> accountService.disable(elena)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(output).contains("event=access_refused account=" + ELENA
                + " role=CLINICIAN attempted=AccountService.disable client=-");
        long manager = users.accountId(MANAGER);
        assertThatThrownBy(() -> users.as(MANAGER, () -> accountService.disable(manager)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aDischargedClientCannotSignInAndAReopenedOneCan() throws Exception {
        long alex = users.clientId(ALEX);
        users.as(ELENA, () -> clients.discharge(alex, "Goals met; agreed ending"));
        try {
            refused(signIn(ALEX, DEMO_PASSWORD));
            assertThat(statusOf(users.accountId(ALEX))).isEqualTo("Discharged");
        } finally {
            users.as(ELENA, () -> clients.reopen(alex));
        }
        signIn(ALEX, DEMO_PASSWORD).andExpect(authenticated().withUsername(ALEX));
        assertThat(auditCodes(ALEX)).containsSubsequence("ACCOUNT_DISABLED", "ACCOUNT_ENABLED");
    }

    @Test
    void reopeningAClientDoesNotLiftTheManagersDisabling() throws Exception {
        long alex = users.clientId(ALEX);
        long account = users.accountId(ALEX);
        users.as(MANAGER, () -> accountService.disable(account));
        try {
            users.as(ELENA, () -> clients.discharge(alex, "Moved away"));
            users.as(ELENA, () -> clients.reopen(alex));
            refused(signIn(ALEX, DEMO_PASSWORD));
        } finally {
            users.as(MANAGER, () -> accountService.enable(account));
        }
        signIn(ALEX, DEMO_PASSWORD).andExpect(authenticated());
    }

    @Test
    void aClinicianCannotEndSignInForAnotherClinicianOrSomeoneElsesClient() {
        long sam = users.accountId(TestUsers.SAM);
        long ruth = users.accountId(TestUsers.RUTH);
        assertThatThrownBy(() -> users.as(ELENA, () -> accountService.endSignInForDischarge(sam)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.as(ELENA, () -> accountService.endSignInForDischarge(ruth)))
                .isInstanceOf(AccessDeniedException.class);
    }

    private String statusOf(long accountId) {
        return users.as(MANAGER, () -> accountService.list(org.springframework.data.domain.PageRequest.of(0, 500))
                .stream().filter(a -> a.id() == accountId).findFirst().orElseThrow().status());
    }

    private ResultActions signIn(String name, String password) throws Exception {
        return http.perform(post("/login").param("username", name).param("password", password).with(csrf()));
    }

    private static void refused(ResultActions result) throws Exception {
        result.andExpect(unauthenticated()).andExpect(redirectedUrl("/login?error"));
    }

    private List<String> auditCodes(String account) {
        return jdbc.queryForList("select action from audit_event where action_text = ? order by id", String.class,
                account);
    }
}
