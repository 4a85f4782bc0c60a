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
import org.holdfast.caseload.CaseloadFilter;
import org.holdfast.caseload.CaseloadSummaryReport;
import org.holdfast.clients.ClientService;
import org.holdfast.reports.ContactEvidenceReport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Step-up: break-glass, another person's evidence record and a caseload PDF need a factor used within five minutes
 * (four minutes after signing in is fine, six is refused until the password or a code is given again); a client's
 * own record does not. Also, under {@code offered} (the demo run), a clinician without a second factor still
 * reaches client data. Spring's password provider stamps its factor with the real time, so the clock starts there.
 */
@SpringBootTest(properties = "holdfast.security.staff-second-factor=offered")
class StepUpTests {

    private static final String PASSWORD = StaffSecondFactorTests.PASSWORD;
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
    ClientService clients;
    @Autowired
    StepUp stepUp;
    @Autowired
    SecondFactors factors;
    @Autowired
    CaseloadSummaryReport caseloadPdf;
    @Autowired
    ContactEvidenceReport evidencePdf;
    @Autowired
    TestUsers users;
    @Autowired
    JdbcTemplate jdbc;

    Instant signedInAt;

    @BeforeEach
    void realTime() {
        clock.set(Instant.now());
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void breakGlassFourMinutesAfterSigningInIsAllowedAndSixIsRefusedUntilThePasswordIsGivenAgain() throws Exception {
        String manager = account(Role.ADMIN);
        long alex = users.clientId(TestUsers.ALEX);
        signIn(manager, PASSWORD);

        at(Duration.ofMinutes(4));
        clients.breakGlass(alex, "Clinician on leave; the client phoned about a safety concern");

        at(Duration.ofMinutes(6));
        assertThatThrownBy(() -> clients.breakGlass(alex, "Clinician on leave; the client phoned again today"))
                .isInstanceOf(StepUpRequiredException.class);
        assertThatThrownBy(() -> stepUp.withPassword("not my password")).isInstanceOf(SecondFactorCodeException.class)
                .hasMessage("That is not your password");

        at(Duration.ofMinutes(6).plusSeconds(10));
        stepUp.withPassword(PASSWORD);
        // The provider stamped the password again with the real time: that is "now" for what follows.
        clock.set(Instant.now());
        clients.breakGlass(alex, "Clinician on leave; the client phoned again today");
        assertThat(audit(manager)).containsSubsequence("SIGN_IN_FAILED", "STEPPED_UP");
    }

    @Test
    void anAuthenticatorCodeAlsoCountsAsARecentFactor() throws Exception {
        String clinician = account(Role.CLINICIAN);
        signIn(clinician, PASSWORD);
        SecondFactors.AppSetUp setUp = factors.beginAppSetUp();
        factors.confirmAppSetUp(setUp, Totp.code(setUp.secret, clock.instant()));

        at(Duration.ofMinutes(6));
        assertThatThrownBy(() -> caseloadPdf.render(CaseloadFilter.ALL_ACTIVE)).isInstanceOf(StepUpRequiredException.class);
        stepUp.withCode(Totp.code(setUp.secret, clock.instant()));
        assertThat(stepUp.isRecent()).isTrue();
        assertThat(caseloadPdf.render(CaseloadFilter.ALL_ACTIVE).content()).isNotEmpty();
    }

    @Test
    void changingOnesOwnFactorsNeedsARecentFactorToo() throws Exception {
        String clinician = account(Role.CLINICIAN);
        signIn(clinician, PASSWORD);
        SecondFactors.AppSetUp setUp = factors.beginAppSetUp();
        at(Duration.ofMinutes(6));

        assertThatThrownBy(() -> factors.confirmAppSetUp(setUp, Totp.code(setUp.secret, clock.instant())))
                .isInstanceOf(StepUpRequiredException.class);
        assertThatThrownBy(() -> factors.regenerateRecoveryCodes()).isInstanceOf(StepUpRequiredException.class);
        assertThatThrownBy(() -> factors.removeApp()).isInstanceOf(StepUpRequiredException.class);
    }

    @Test
    void aClientDownloadsTheirOwnEvidenceRecordWithoutSteppingUp() throws Exception {
        signIn(TestUsers.ZOE, "holdfast-demo");
        at(Duration.ofMinutes(30));

        assertThat(evidencePdf.render(users.clientId(TestUsers.ZOE)).content()).isNotEmpty();
    }

    @Test
    void whereASecondFactorIsOnlyOfferedAClinicianWithoutOneStillReachesClientData() throws Exception {
        String clinician = account(Role.CLINICIAN);
        signIn(clinician, PASSWORD);

        assertThat(clients.allOfMine(false)).isEmpty();
        assertThat(factors.gate()).isEqualTo(SecondFactors.Gate.OFFER);
    }

    private void at(Duration afterSignIn) {
        clock.set(signedInAt.plus(afterSignIn));
    }

    private void signIn(String username, String password) throws Exception {
        signedInAt = Instant.now();
        var result = authentication.getAuthenticationManager()
                .authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, password));
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(result);
        SecurityContextHolder.setContext(context);
    }

    private String account(Role role) {
        String username = "step-up-" + NEXT.incrementAndGet() + "-" + System.nanoTime() + "@test.holdfast";
        accounts.save(new UserAccount(username, encoder.encode(PASSWORD), "Step Up Test", role, clock.instant()));
        return username;
    }

    private List<String> audit(String username) {
        return jdbc.queryForList("select action from audit_event where action_text = ? order by id", String.class,
                username);
    }
}
