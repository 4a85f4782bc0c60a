package org.holdfast.insights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.holdfast.TestUsers.ELENA;
import static org.holdfast.TestUsers.SAM;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.holdfast.DatabaseTest;
import org.holdfast.TestUsers;
import org.holdfast.audit.AuditLog;
import org.holdfast.audit.ContentAccess;
import org.holdfast.clients.ClientService;
import org.holdfast.clients.NewClientForm;
import org.holdfast.plans.HighRiskDate;
import org.holdfast.plans.PlanContent;
import org.holdfast.plans.PlanDetails;
import org.holdfast.plans.PlanPurpose;
import org.holdfast.plans.PlanService;
import org.holdfast.plans.PlanStatus;
import org.holdfast.plans.Relationship;
import org.holdfast.plans.StatusChange;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/**
 * Insights through the real queries, on H2 and MariaDB: a fresh client of Dr Marsh's per test, with
 * hand-made journal rows whose right answers are known. Not transactional, so audit rows can be read.
 */
@DatabaseTest
class InsightsServiceTests {

    static final LocalDate PLAN_START = LocalDate.of(2026, 10, 1);

    @Autowired
    InsightsService insights;

    @Autowired
    ClientService clients;

    @Autowired
    PlanService plans;

    @Autowired
    TestUsers users;

    @Autowired
    RiskSettings settings;

    @Autowired
    RiskFlags flags;

    @Autowired
    AuditLog audit;

    @Autowired
    JdbcTemplate jdbc;

    long newClient(String zone, String level, boolean shareLog) {
        NewClientForm form = new NewClientForm();
        form.setDisplayName("Maya Test");
        form.setEmail("maya-" + UUID.randomUUID() + "@example.invalid");
        form.setTimeZone(zone);
        long id = users.as(ELENA, () -> clients.create(form)).client().id();
        PlanContent c = new PlanContent();
        c.setPersonLabel("J.");
        c.setRelationship(Relationship.EX_PARTNER);
        c.setPurpose(PlanPurpose.HEAL_AND_MOVE_ON);
        c.setStartDate(PLAN_START);
        c.setInitialPeriodDays(90);
        c.setRiskLevel(org.holdfast.plans.RiskLevel.NONE);
        c.setHighRiskDates(List.of(new HighRiskDate("Our anniversary", LocalDate.of(2020, 10, 20), true)));
        PlanDetails draft = users.as(ELENA, () -> plans.create(id, c));
        users.as(ELENA, () -> plans.changeStatus(draft.planId(), draft.version(), new StatusChange(PlanStatus.ACTIVE, null)));
        jdbc.update("insert into journal_consent (client_id, level, share_contact_log, changed_at, version) values (?, ?, ?, ?, 0)",
                id, level, shareLog, Timestamp.from(Instant.now()));
        return id;
    }

    void slip(long clientId, Instant at, String channel, String direction, String triggers) {
        jdbc.update("insert into journal_entry (client_id, submission_id, kind, occurred_at, received_at, triggers, channel,"
                + " direction, what_happened, shared, version) values (?, ?, 'SLIP', ?, ?, ?, ?, ?, 'words', true, 0)",
                clientId, UUID.randomUUID().toString(), Timestamp.from(at), Timestamp.from(at.plusSeconds(600)), triggers,
                channel, direction);
    }

    void urge(long clientId, Instant at, Instant receivedAt, int strength) {
        jdbc.update("insert into journal_entry (client_id, submission_id, kind, occurred_at, received_at, strength, triggers,"
                + " did_instead, outcome, shared, version) values (?, ?, 'URGE', ?, ?, ?, 'EVENING', 'words', 'RESISTED', true, 0)",
                clientId, UUID.randomUUID().toString(), Timestamp.from(at), Timestamp.from(receivedAt), strength);
    }

    void text(long clientId, int seq, Instant at, int safety) {
        jdbc.update("insert into contact_attempt (client_id, seq, submission_id, occurred_at, received_at, channel, sender,"
                + " via_third_party, content, responded, safety, shared, hash) values (?, ?, ?, ?, ?, 'TEXT', 'J.', false,"
                + " 'the words', false, ?, true, 'x')", clientId, seq, UUID.randomUUID().toString(), Timestamp.from(at),
                Timestamp.from(at), safety);
    }

    static Instant local(String dateTime, String zone) {
        return LocalDateTime.parse(dateTime).atZone(ZoneId.of(zone)).toInstant();
    }

    @Test
    void fridayNightSlipsAfterATextShowExactlyThatInTheClientsOwnZone() {
        long maya = newClient("America/Toronto", "EVERYTHING", true);
        // Friday 23:30 in Toronto is Saturday 04:30 in UTC: her local time decides.
        Instant[] fridays = { local("2026-10-16T23:30", "America/Toronto"), local("2026-10-30T22:15", "America/Toronto"),
                local("2026-11-13T23:05", "America/Toronto") };
        for (int k = 0; k < fridays.length; k++) {
            text(maya, k + 1, fridays[k].minus(2, ChronoUnit.HOURS), 7);
            slip(maya, fridays[k], "TEXT", "REPLIED", "EVENING,THEY_CONTACTED_ME");
        }
        ClientInsights i = users.as(ELENA, () -> insights.insights(maya, InsightsPeriod.PLAN));

        assertThat(i.zone()).isEqualTo(ZoneId.of("America/Toronto"));
        assertThat(i.slipClock().reading()).isEqualTo("All 3 slips were between 22:00 and 02:00, all on a Friday.");
        assertThat(i.slipsByChannel().reading()).isEqualTo("All 3 slips were by text or messaging apps.");
        assertThat(i.slipsAfterContact().reading()).isEqualTo("3 of 3 slips came within 24 hours after J. tried to make contact.");
        assertThat(i.streaks().runs()).hasSize(4);
    }

    @Test
    void aNewClientWithNoEntriesHasReadingsThatSaySo() {
        long maya = newClient(null, "EVERYTHING", true);
        ClientInsights i = users.as(ELENA, () -> insights.insights(maya, InsightsPeriod.DAYS_30));
        assertThat(i.slipClock().reading()).isEqualTo("No slips in this period.");
        assertThat(i.attempts().reading()).isEqualTo("No contact attempts by J. in this period.");
        assertThat(i.periodNote()).isNull();
    }

    @Test
    void theDayAnEntryHappenedDecidesItsPeriodNotTheDayItWasReceived() {
        long maya = newClient("Europe/London", "EVERYTHING", true);
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        LocalDate first = today.minusDays(29);
        Instant justBefore = first.minusDays(1).atTime(21, 0).atZone(ZoneId.of("Europe/London")).toInstant();
        Instant justInside = first.atTime(9, 0).atZone(ZoneId.of("Europe/London")).toInstant();
        urge(maya, justBefore, justInside.plus(3, ChronoUnit.HOURS), 9); // back-dated from inside the period
        urge(maya, justInside, justInside.plus(1, ChronoUnit.HOURS), 4);
        ClientInsights i = users.as(ELENA, () -> insights.insights(maya, InsightsPeriod.DAYS_30));
        assertThat(i.from()).isEqualTo(first);
        assertThat(i.urgeOutcomes().total()).isEqualTo(1);
        assertThat(i.urgeClock().reading()).contains("at 09:00");
    }

    @Test
    void sharingNothingShowsNothingAndNumbersOnlyShowsNumbersWithoutTheLog() {
        long quiet = newClient(null, "NOTHING", false);
        slip(quiet, local("2026-10-16T22:00", "Europe/London"), "TEXT", "REPLIED", "EVENING");
        ClientInsights nothing = users.as(ELENA, () -> insights.insights(quiet, InsightsPeriod.PLAN));
        assertThat(nothing.sharesNothing()).isTrue();
        assertThat(nothing.slipClock().total()).isZero();
        assertThat(nothing.slipsByChannel().counts()).isEmpty();
        assertThat(nothing.streaks().runs()).isEmpty();

        long numbers = newClient(null, "NUMBERS_ONLY", false);
        slip(numbers, local("2026-10-16T22:00", "Europe/London"), "TEXT", "REPLIED", "EVENING");
        text(numbers, 1, local("2026-10-16T20:00", "Europe/London"), 7);
        ClientInsights counted = users.as(ELENA, () -> insights.insights(numbers, InsightsPeriod.PLAN));
        assertThat(counted.slipClock().total()).isEqualTo(1);
        assertThat(counted.slipsByChannel().counts()).extracting(Tally.Count::label).containsExactly("Text / messaging");
        assertThat(counted.slipsAfterContact().shared()).isFalse();
        assertThat(counted.attempts().weeks()).isEmpty();
        assertThat(counted.attempts().total()).as("the count numbers-only allows, as in the journal").isEqualTo(1);

        jdbc.update("update journal_consent set share_contact_log = true where client_id = ?", numbers);
        ClientInsights withLog = users.as(ELENA, () -> insights.insights(numbers, InsightsPeriod.PLAN));
        assertThat(withLog.slipsAfterContact().within24Hours()).isEqualTo(1);
    }

    @Test
    void anotherClinicianIsRefusedAndEveryReadIsAudited() {
        long maya = newClient(null, "EVERYTHING", true);
        assertThatThrownBy(() -> users.as(SAM, () -> insights.insights(maya, InsightsPeriod.PLAN)))
                .isInstanceOf(AccessDeniedException.class);
        String count = "select count(*) from audit_event where client_id = ? and action = 'INSIGHTS'";
        assertThat(jdbc.queryForObject(count, Integer.class, maya)).isZero();
        users.as(ELENA, () -> insights.insights(maya, InsightsPeriod.DAYS_90));
        assertThat(jdbc.queryForObject(count, Integer.class, maya)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select actor from audit_event where client_id = ? and action = 'INSIGHTS'",
                String.class, maya)).isEqualTo(ELENA);
    }

    @Test
    void theInsightsPageJudgesEscalationByThePracticesThresholds() {
        long maya = newClient("Europe/London", "EVERYTHING", true);
        ZoneId london = ZoneId.of("Europe/London");
        LocalDate lastWeek = LocalDate.now(london).with(java.time.DayOfWeek.MONDAY).minusWeeks(1);
        int seq = 0;
        for (int week = 1; week <= 4; week++) { // 2 a week in the 4 weeks before
            for (int k = 0; k < 2; k++) {
                text(maya, ++seq, lastWeek.minusWeeks(week).plusDays(k).atTime(20, 0).atZone(london).toInstant(), 7);
            }
        }
        for (int k = 0; k < 5; k++) { // 5 last week: 2.5 times the mean
            text(maya, ++seq, lastWeek.plusDays(k).atTime(20, 0).atZone(london).toInstant(), 7);
        }
        RiskThresholds before = users.as(TestUsers.MANAGER, () -> settings.current());
        try {
            assertThat(lastWeek(maya, lastWeek).escalating()).as("2.5 times the mean, factor 2.0").isTrue();

            RiskThresholds threeTimes = before.copy();
            threeTimes.setEscalationFactor(new BigDecimal("3.0"));
            users.as(TestUsers.MANAGER, () -> settings.update(threeTimes));

            assertThat(lastWeek(maya, lastWeek).escalating()).as("2.5 times the mean, factor 3.0").isFalse();
        } finally {
            users.as(TestUsers.MANAGER, () -> settings.update(before));
        }
    }

    private AttemptTrend.Week lastWeek(long clientId, LocalDate monday) {
        return users.as(ELENA, () -> insights.insights(clientId, InsightsPeriod.DAYS_90)).attempts().weeks().stream()
                .filter(w -> w.monday().equals(monday)).findFirst().orElseThrow();
    }

    /** A client with consent and no plan: no plan start to pull the data's reach further back. */
    long newClientWithoutPlan(String zone) {
        NewClientForm form = new NewClientForm();
        form.setDisplayName("Maya Test");
        form.setEmail("maya-" + UUID.randomUUID() + "@example.invalid");
        form.setTimeZone(zone);
        long id = users.as(ELENA, () -> clients.create(form)).client().id();
        jdbc.update("insert into journal_consent (client_id, level, share_contact_log, changed_at, version) values (?, ?, ?, ?, 0)",
                id, "EVERYTHING", true, Timestamp.from(Instant.now()));
        return id;
    }

    @Test
    void aPeriodStartingOnASundayComparesItsFirstWeekWithFourWholeWeeks() {
        ZoneId london = ZoneId.of("Europe/London");
        long maya = newClientWithoutPlan("Europe/London");
        LocalDate today = LocalDate.now(london);
        LocalDate sunday = today.minusDays(7).with(java.time.temporal.TemporalAdjusters.previousOrSame(java.time.DayOfWeek.SUNDAY));
        LocalDate firstMonday = sunday.minusDays(6);
        jdbc.update("insert into therapy_session (client_id, starts_at, duration_minutes, status, created_at, version)"
                + " values (?, ?, 50, 'HELD', ?, 0)", maya, Timestamp.from(sunday.atTime(10, 0).atZone(london).toInstant()),
                Timestamp.from(Instant.now()));
        int seq = 0;
        for (LocalDate d = firstMonday.minusDays(28); d.isBefore(today); d = d.plusDays(1)) { // one a day, every day
            text(maya, ++seq, d.atTime(12, 0).atZone(london).toInstant(), 7);
        }
        RiskThresholds before = users.as(TestUsers.MANAGER, () -> settings.current());
        // A sensitive practice: 1.2 times the usual week escalates. Six days missing from the 4 weeks before
        // would make the first week 7 against a mean of 5.5.
        RiskThresholds sensitive = before.copy();
        sensitive.setEscalationFactor(new BigDecimal("1.2"));
        users.as(TestUsers.MANAGER, () -> settings.update(sensitive));
        try {
            ClientInsights i = users.as(ELENA, () -> insights.insights(maya, InsightsPeriod.SINCE_LAST_SESSION));

            assertThat(i.from()).isEqualTo(sunday);
            assertThat(i.attempts().weeks().getFirst().monday()).isEqualTo(firstMonday);
            assertThat(i.attempts().weeks()).noneMatch(AttemptTrend.Week::escalating);
            assertThat(i.attempts().reading()).endsWith("no week escalated.");
        } finally {
            users.as(TestUsers.MANAGER, () -> settings.update(before));
        }
    }

    @Test
    void withTheLogPrivateTheAttemptCountCoversThePeriodShownNotTheDataReachedBackFor() {
        ZoneId london = ZoneId.of("Europe/London");
        long maya = newClient("Europe/London", "NUMBERS_ONLY", false);
        LocalDate today = LocalDate.now(london);
        text(maya, 1, today.minusDays(40).atTime(12, 0).atZone(london).toInstant(), 7);
        text(maya, 2, today.minusDays(5).atTime(12, 0).atZone(london).toInstant(), 7);

        ClientInsights i = users.as(ELENA, () -> insights.insights(maya, InsightsPeriod.DAYS_30));

        assertThat(i.attempts().shared()).isFalse();
        assertThat(i.attempts().total()).isEqualTo(1);
        assertThat(i.attempts().reading()).isEqualTo("The contact-attempt log is private; Maya logged 1 attempt since "
                + java.time.format.DateTimeFormatter.ofPattern("d MMM", java.util.Locale.ENGLISH).format(today.minusDays(29)) + ".");
    }

    @Test
    void theClientReadsInPlainWordsThatTheirPatternsAndFlagsWereLookedAt() {
        long alex = users.clientId(TestUsers.ALEX);
        users.as(ELENA, () -> insights.insights(alex, InsightsPeriod.DAYS_30));
        users.as(ELENA, () -> flags.flagsFor(alex));

        List<String> seen = users.as(TestUsers.ALEX, () -> audit.whoLookedAtMine(PageRequest.of(0, 2)).getContent())
                .stream().map(ContentAccess::what).toList();

        assertThat(seen).containsExactly(
                "checked your caseload flags: whether anything in your journal, plan, homework or safety check-ins"
                        + " needs their attention",
                "looked at patterns in your journal over the last 30 days");
    }
}
