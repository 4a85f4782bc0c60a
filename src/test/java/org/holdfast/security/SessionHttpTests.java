package org.holdfast.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.holdfast.TestUsers;
import org.holdfast.clients.ClientService;
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
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.filter.RequestContextFilter;

/**
 * Sessions through the real filter chain: idle sign-out that Vaadin's heartbeat does not prevent, the absolute
 * lifetime, a new session id at sign-in, Clear-Site-Data at sign-out, and sessions ended from elsewhere (a password
 * change, disabling, discharge, a reset link, "sign out everywhere else") refused at their next request, whether a
 * page, a Vaadin click (UIDL) or a heartbeat. Short limits and a clock the test moves; nothing waits.
 */
@SpringBootTest(properties = { "holdfast.security.sessions.staff-idle=2m", "holdfast.security.sessions.client-idle=1m",
        "holdfast.security.sessions.absolute-lifetime=30m", "holdfast.security.sessions.warning-before=30s" })
@ExtendWith(OutputCaptureExtension.class)
class SessionHttpTests {

    private static final String PASSWORD = "the-right-passphrase-2026";
    private static final String USER_AGENT = "Mozilla/5.0 (Android 14; Mobile; rv:133.0) Gecko/133.0 Firefox/133.0";
    private static final AtomicInteger NEXT = new AtomicInteger();

    @TestConfiguration
    static class MovableTime {
        @Bean
        @Primary
        MutableClock movableClock() {
            return new MutableClock(Clock.systemUTC().instant(), ZoneId.of("UTC"));
        }

        @Bean
        SignedInProbe signedInProbe() {
            return new SignedInProbe();
        }
    }

    /**
     * Stands in for the portal's pages and Vaadin's endpoints, which MockMvc cannot run (Vaadin's servlet is not
     * in it): the filters decide on the request alone, so a request that reaches this was let through.
     */
    @RestController
    static class SignedInProbe {
        @RequestMapping("/session-probe")
        String ok() {
            return "ok";
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
    AccountService accountService;

    @Autowired
    OpenSessions openSessions;

    @Autowired
    SignInHistory history;

    @Autowired
    ClientService clients;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcTemplate jdbc;

    MockMvc http;

    @BeforeEach
    void setUp() {
        // As in the running portal, the request is known to Spring before Spring Security's filters run.
        http = MockMvcBuilders.webAppContextSetup(context).addFilters(new RequestContextFilter())
                .apply(SecurityMockMvcConfigurers.springSecurity()).build();
    }

    @AfterEach
    void tearDown() {
        SecurityContextHolder.clearContext();
        RequestContextHolder.resetRequestAttributes();
    }

    @Test
    void heartbeatsDoNotKeepAnIdleSessionAliveAndTheNextRequestLandsOnTheLogInPage(CapturedOutput output)
            throws Exception {
        UserAccount staff = newAccount(Role.CLINICIAN);
        MockHttpSession session = signIn(staff);
        page(session);

        clock.advance(Duration.ofSeconds(90));
        assertThat(heartbeat(session).getStatus()).isEqualTo(200);
        clock.advance(Duration.ofSeconds(31));
        MockHttpServletResponse gone = heartbeat(session);

        assertThat(gone.getStatus()).as("Vaadin's own 'session expired' answer").isEqualTo(410);
        assertThat(session.isInvalid()).isTrue();
        assertThat(page(session).getRedirectedUrl()).endsWith("/login");
        assertThat(output).contains("event=session_ended account=" + staff.getUsername() + " reason=idle");
    }

    @Test
    void aClickAfterTheIdleLimitIsRefusedAndThePageIsSentToTheLogInPageSayingWhy() throws Exception {
        MockHttpSession session = signIn(newAccount(Role.CLIENT));
        clock.advance(Duration.ofSeconds(61));

        MockHttpServletResponse response = click(session);

        assertThat(response.getContentAsString()).contains("appError").contains("/login?idle=1");
        assertThat(session.isInvalid()).isTrue();
    }

    @Test
    void whatThePersonDoesMovesTheIdleClockButThePagesOwnCheckDoesNot() throws Exception {
        MockHttpSession session = signIn(newAccount(Role.CLINICIAN));
        clock.advance(Duration.ofSeconds(100));
        click(session);
        clock.advance(Duration.ofSeconds(100));
        assertThat(heartbeat(session).getStatus()).as("100 s after the click").isEqualTo(200);

        http.perform(uidl(session).requestAttr(SessionLimits.NOT_ACTIVITY, true)).andReturn();
        clock.advance(Duration.ofSeconds(21));
        assertThat(heartbeat(session).getStatus()).as("121 s after the click, the idle check in between")
                .isEqualTo(410);
    }

    @Test
    void evenAnActiveSessionEndsAtItsAbsoluteLifetime() throws Exception {
        MockHttpSession session = signIn(newAccount(Role.CLINICIAN));
        for (int minute = 0; minute < 29; minute++) {
            clock.advance(Duration.ofMinutes(1));
            assertThat(click(session).getContentAsString()).doesNotContain("appError");
        }
        clock.advance(Duration.ofMinutes(1));
        assertThat(page(session).getRedirectedUrl()).isEqualTo("/login?ended=lifetime");
    }

    @Test
    void signingInGivesANewSessionId() throws Exception {
        UserAccount account = newAccount(Role.CLIENT);
        MockHttpSession before = (MockHttpSession) http.perform(get("/session-probe")).andReturn().getRequest()
                .getSession(false);
        String idBefore = before.getId();

        MockHttpSession after = (MockHttpSession) http.perform(post("/login").session(before)
                .param("username", account.getUsername()).param("password", PASSWORD).with(csrf()))
                .andReturn().getRequest().getSession();

        assertThat(after.getId()).isNotEqualTo(idBefore);
    }

    @Test
    void signingOutEndsTheSessionAndAsksTheBrowserToClearWhatItKeeps(CapturedOutput output) throws Exception {
        UserAccount account = newAccount(Role.CLIENT);
        MockHttpSession session = signIn(account);

        MockHttpServletResponse response = http.perform(post("/logout").session(session).secure(true).with(csrf()))
                .andReturn().getResponse();

        // Local storage stays: it holds only what the client chose to keep for the offline page.
        assertThat(response.getHeader("Clear-Site-Data")).isEqualTo("\"cache\", \"cookies\"");
        assertThat(session.isInvalid()).isTrue();
        assertThat(output).contains("event=sign_out account=" + account.getUsername());
    }

    @Test
    void theQuickExitAlsoClearsWhatTheSiteKeepsInTheBrowsersStorage() throws Exception {
        MockHttpSession session = signIn(newAccount(Role.CLIENT));

        MockHttpServletResponse response = http.perform(post("/logout").param("quick-exit", "").session(session)
                .secure(true).with(csrf())).andReturn().getResponse();

        assertThat(response.getHeader("Clear-Site-Data")).isEqualTo("\"cache\", \"cookies\", \"storage\"");
        assertThat(session.isInvalid()).isTrue();
    }

    @Test
    void overPlainHttpSpringSendsNoClearSiteData() throws Exception {
        MockHttpSession session = signIn(newAccount(Role.CLIENT));
        MockHttpServletResponse response = http.perform(post("/logout").session(session).with(csrf())).andReturn()
                .getResponse();
        assertThat(response.getHeader("Clear-Site-Data")).isNull();
        assertThat(session.isInvalid()).isTrue();
    }

    @Test
    void changingThePasswordSignsOutTheOtherDevicesButNotThisOne(CapturedOutput output) throws Exception {
        UserAccount account = newAccount(Role.CLIENT);
        MockHttpSession here = signIn(account);
        MockHttpSession elsewhere = signIn(account);

        onDevice(here, () -> users.as(account.getUsername(),
                () -> accountService.changeOwnPassword(PASSWORD, "a brand new passphrase for me")));

        assertThat(page(here).getRedirectedUrl()).isNull();
        assertThat(click(elsewhere).getContentAsString()).contains("appError").contains("/login?signed-out");
        assertThat(elsewhere.isInvalid()).isTrue();
        assertThat(output).contains("event=session_signed_out account=" + account.getUsername()
                + " cause=password_change count=1");
    }

    @Test
    void disablingAnAccountSignsOutEverySessionItHasOnTheirNextRequest() throws Exception {
        UserAccount account = newAccount(Role.CLINICIAN);
        MockHttpSession one = signIn(account);
        MockHttpSession two = signIn(account);

        users.as(TestUsers.MANAGER, () -> accountService.disable(account.getId()));

        assertThat(page(one).getRedirectedUrl()).isEqualTo("/login?signed-out");
        assertThat(heartbeat(two).getStatus()).isEqualTo(410);
        assertThat(one.isInvalid()).isTrue();
        assertThat(two.isInvalid()).isTrue();
    }

    @Test
    void dischargingAClientSignsThemOut() throws Exception {
        MockHttpSession alex = signIn(TestUsers.ALEX, "holdfast-demo");
        long client = users.clientId(TestUsers.ALEX);
        users.as(TestUsers.ELENA, () -> clients.discharge(client, "Goals met; agreed ending"));
        try {
            assertThat(click(alex).getContentAsString()).contains("/login?signed-out");
        } finally {
            users.as(TestUsers.ELENA, () -> clients.reopen(client));
        }
    }

    @Test
    void aResetLinkSignsTheAccountOutSetsANewPasswordOnceAndIsAudited() throws Exception {
        UserAccount account = newAccount(Role.CLIENT);
        MockHttpSession session = signIn(account);

        ActivationLink link = users.as(TestUsers.MANAGER, () -> accountService.issuePasswordReset(account.getId()));

        assertThat(link.path()).startsWith("reset/");
        assertThat(page(session).getRedirectedUrl()).isEqualTo("/login?signed-out");
        assertThat(accountService.passwordLinkFor(link.token())).hasValueSatisfying(l -> assertThat(l.reset()).isTrue());
        assertThatThrownBy(() -> accountService.activate(link.token(), "short"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least 15 characters");

        accountService.activate(link.token(), "a new passphrase from the link");

        assertThat(signIn(account.getUsername(), "a new passphrase from the link")).isNotNull();
        assertThatThrownBy(() -> accountService.activate(link.token(), "another new passphrase here"))
                .isInstanceOf(ActivationLinkInvalidException.class);
        assertThat(jdbc.queryForList("select action from audit_event where action_text = ? order by id", String.class,
                account.getUsername())).containsSubsequence("PASSWORD_RESET_ISSUED", "PASSWORD_RESET");
    }

    @Test
    void aResetLinkStopsWorkingAfterADayAndOnlyTheManagerIssuesOne() {
        UserAccount account = newAccount(Role.CLINICIAN);
        ActivationLink link = users.as(TestUsers.MANAGER, () -> accountService.issuePasswordReset(account.getId()));
        clock.advance(Duration.ofHours(24).plusSeconds(1));
        assertThat(accountService.passwordLinkFor(link.token())).isEmpty();
        assertThatThrownBy(() -> accountService.activate(link.token(), "a new passphrase from the link"))
                .isInstanceOf(ActivationLinkInvalidException.class);
        assertThatThrownBy(() -> users.as(TestUsers.ELENA, () -> accountService.issuePasswordReset(account.getId())))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aPersonSeesTheirDevicesAndEndsOnlyTheirOwn() throws Exception {
        UserAccount account = newAccount(Role.CLIENT);
        MockHttpSession here = signIn(account);
        MockHttpSession phone = signIn(account);
        MockHttpSession someoneElse = signIn(newAccount(Role.CLIENT));

        List<OpenSessions.OpenSession> mine = onDevice(here,
                () -> users.as(account.getUsername(), openSessions::mine));

        assertThat(mine).hasSize(2);
        assertThat(mine.getFirst().thisDevice()).isTrue();
        assertThat(mine.get(1).thisDevice()).isFalse();
        assertThat(mine.get(1).browser()).isEqualTo("Firefox Mobile on Android");
        assertThat(mine.get(1).place()).isEqualTo("203.0.113.x");

        String theirs = onDevice(someoneElse, () -> users.as(
                accounts.findById(someoneElseId(someoneElse)).orElseThrow().getUsername(), openSessions::mine))
                .getFirst().key();
        assertThatThrownBy(() -> onDevice(here, () -> users.as(account.getUsername(), () -> openSessions.signOut(theirs))))
                .isInstanceOf(AccessDeniedException.class);

        onDevice(here, () -> users.as(account.getUsername(), () -> openSessions.signOut(mine.get(1).key())));
        assertThat(page(phone).getRedirectedUrl()).isEqualTo("/login?signed-out");
        assertThat(page(here).getRedirectedUrl()).isNull();
        assertThat(page(someoneElse).getRedirectedUrl()).isNull();
    }

    @Test
    void signOutEverywhereElseKeepsOnlyThisDevice() throws Exception {
        UserAccount account = newAccount(Role.CLINICIAN);
        MockHttpSession here = signIn(account);
        MockHttpSession two = signIn(account);
        MockHttpSession three = signIn(account);

        int ended = onDevice(here, () -> users.as(account.getUsername(), openSessions::signOutEverywhereElse));

        assertThat(ended).isEqualTo(2);
        assertThat(heartbeat(two).getStatus()).isEqualTo(410);
        assertThat(click(three).getContentAsString()).contains("/login?signed-out");
        assertThat(page(here).getRedirectedUrl()).isNull();
    }

    @Test
    void signInsAndFailuresAreKeptForTheirOwnerWithTheBrowserAndACoarseNetwork() throws Exception {
        UserAccount account = newAccount(Role.CLIENT);
        MockHttpSession first = signIn(account);
        http.perform(post("/login").param("username", account.getUsername()).param("password", "wrong guess")
                .header("User-Agent", USER_AGENT).with(r -> {
                    r.setRemoteAddr("198.51.100.23");
                    return r;
                }).with(csrf()));
        clock.advance(Duration.ofSeconds(5));
        MockHttpSession second = signIn(account);

        List<SignInRecord> recent = onDevice(second, () -> users.as(account.getUsername(), () -> history.recent(10)));
        assertThat(recent).extracting(SignInRecord::outcome).containsExactly(SignInRecord.Outcome.SIGNED_IN,
                SignInRecord.Outcome.WRONG_PASSWORD, SignInRecord.Outcome.SIGNED_IN);
        assertThat(recent.get(1).place()).isEqualTo("198.51.100.x");
        assertThat(recent.get(1).browser()).isEqualTo("Firefox Mobile on Android");
        SignInHistory.PreviousSignIn previous = onDevice(second,
                () -> users.as(account.getUsername(), history::beforeThisOne)).orElseThrow();
        assertThat(previous.failuresSince()).isEqualTo(1);
        assertThat(previous.signIn().outcome()).isEqualTo(SignInRecord.Outcome.SIGNED_IN);
        assertThat(first).isNotNull();
    }

    @Test
    void onlyTheLastFiftySignInsOfAnAccountAreKept() throws Exception {
        UserAccount account = newAccount(Role.CLIENT);
        for (int i = 0; i < SignInHistory.KEPT_PER_ACCOUNT + 3; i++) {
            clock.advance(Duration.ofSeconds(1));
            signIn(account);
        }
        assertThat(jdbc.queryForObject("select count(*) from sign_in_event where account_id = ?", Integer.class,
                account.getId())).isEqualTo(SignInHistory.KEPT_PER_ACCOUNT);
    }

    private long someoneElseId(MockHttpSession session) {
        return ((SignedInUser) ((org.springframework.security.core.context.SecurityContext) session
                .getAttribute("SPRING_SECURITY_CONTEXT")).getAuthentication().getPrincipal()).accountId();
    }

    private UserAccount newAccount(Role role) {
        int n = NEXT.incrementAndGet();
        return accounts.save(new UserAccount("session-" + n + "@test.holdfast", encoder.encode(PASSWORD),
                "Session Test " + n, role, clock.instant()));
    }

    private MockHttpSession signIn(UserAccount account) throws Exception {
        return signIn(account.getUsername(), PASSWORD);
    }

    private MockHttpSession signIn(String username, String password) throws Exception {
        MockHttpServletRequest request = http.perform(post("/login").param("username", username)
                .param("password", password).header("User-Agent", USER_AGENT).with(r -> {
                    r.setRemoteAddr("203.0.113.40");
                    return r;
                }).with(csrf())).andReturn().getRequest();
        MockHttpSession session = (MockHttpSession) request.getSession(false);
        assertThat(session).as("signed in as " + username).isNotNull();
        assertThat(session.getAttribute("SPRING_SECURITY_CONTEXT")).as("signed in as " + username).isNotNull();
        return session;
    }

    private MockHttpServletResponse page(MockHttpSession session) throws Exception {
        return http.perform(get("/session-probe").session(session)).andReturn().getResponse();
    }

    private MockHttpServletResponse heartbeat(MockHttpSession session) throws Exception {
        return http.perform(post("/session-probe").param("v-r", "heartbeat").param("v-uiId", "0").session(session).with(csrf())).andReturn()
                .getResponse();
    }

    private MockHttpServletResponse click(MockHttpSession session) throws Exception {
        return http.perform(uidl(session)).andReturn().getResponse();
    }

    private static MockHttpServletRequestBuilder uidl(MockHttpSession session) {
        return post("/session-probe").queryParam("v-r", "uidl").queryParam("v-uiId", "0").session(session).with(csrf())
                .contentType("application/json").content("{\"csrfToken\":\"x\",\"rpc\":[],\"syncId\":0,\"clientId\":0}");
    }

    /** Runs a service call as if from a request of this session, so "this device" is known. */
    private <T> T onDevice(MockHttpSession session, java.util.function.Supplier<T> call) {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setSession(session);
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
        try {
            return call.get();
        } finally {
            RequestContextHolder.resetRequestAttributes();
        }
    }

    private void onDevice(MockHttpSession session, Runnable call) {
        onDevice(session, () -> {
            call.run();
            return null;
        });
    }
}
