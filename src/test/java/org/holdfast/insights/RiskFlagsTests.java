package org.holdfast.insights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;

import org.holdfast.DatabaseTest;
import org.holdfast.TestUsers;
import org.holdfast.insights.RiskFlag.Kind;
import org.holdfast.security.AuditAction;
import org.holdfast.security.ContentRead;
import org.holdfast.shared.Dates;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.annotation.Transactional;

import jakarta.validation.ConstraintViolationException;

/**
 * Each flag on hand-made journals whose answer is known, at its threshold and just below it, and what
 * consent, discharge and another clinician change. Rolled back after each test.
 */
@DatabaseTest
@Transactional
@RecordApplicationEvents
class RiskFlagsTests {

    static final String DR = "dr.flags@test.holdfast";

    @Autowired
    RiskFlags riskFlags;

    @Autowired
    RiskSettings settings;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationEvents events;

    RiskFixtures f;
    long dr;

    @BeforeEach
    void clinician() {
        f = new RiskFixtures(jdbc);
        dr = f.clinician(DR);
    }

    List<RiskFlag> flags(long client) {
        return users.as(DR, () -> riskFlags.flagsFor(client));
    }

    List<Kind> kinds(long client) {
        return flags(client).stream().map(RiskFlag::kind).toList();
    }

    RiskFlag only(long client, Kind kind) {
        return flags(client).stream().filter(fl -> fl.kind() == kind).findFirst().orElseThrow();
    }

    String day(int daysAgo) {
        return Dates.formatWithWeekday(f.today.minusDays(daysAgo));
    }

    @Test
    void aClientWithNoDataHasNoFlags() {
        assertThat(flags(f.client(dr, "Empty Client"))).isEmpty();
    }

    @Test
    void twoSlipsInSevenDaysFlagSlippingAndOneDoesNot() {
        long two = f.client(dr, "Two Slips");
        f.checkIn(two, 6, 5, true); // first day of the window
        f.slip(two, 1);
        long one = f.client(dr, "One Slip");
        f.checkIn(one, 7, 5, true); // a day before the window
        f.checkIn(one, 2, 5, true);
        f.slip(one, 2); // the same slip, logged and ticked: counted once

        assertThat(only(two, Kind.SLIPPING).reason()).isEqualTo("2 slips since " + day(6));
        assertThat(kinds(one)).doesNotContain(Kind.SLIPPING);
    }

    @Test
    void urgesRisingByExactlyTwoFlagAndByLessDoNot() {
        long rising = f.client(dr, "Rising Urges");
        f.checkIn(rising, 13, 3, false);
        f.checkIn(rising, 8, 4, false); // the week before: 3.5
        f.checkIn(rising, 6, 5, false);
        f.checkIn(rising, 0, 6, false); // this week: 5.5
        long slightly = f.client(dr, "Slightly Rising");
        f.checkIn(slightly, 10, 3, false);
        f.checkIn(slightly, 9, 4, false);
        f.checkIn(slightly, 3, 5, false);
        f.checkIn(slightly, 2, 6, false);
        f.checkIn(slightly, 1, 5, false); // 5.33 against 3.5
        long onlyThisWeek = f.client(dr, "Only This Week");
        f.checkIn(onlyThisWeek, 1, 9, false);

        assertThat(only(rising, Kind.RISING_URGES).reason()).isEqualTo("Urge average 5.5 in the last 7 days, 3.5 the 7 days before");
        assertThat(kinds(slightly)).doesNotContain(Kind.RISING_URGES);
        assertThat(kinds(onlyThisWeek)).isEmpty();
    }

    @Test
    void goneQuietOnlyWhenDailyCheckInsAreAssigned() {
        long quiet = f.client(dr, "Gone Quiet");
        f.assignment(quiet, dr, "Daily check-in", "DAILY", f.today.minusDays(10), f.today.plusDays(10), false);
        f.checkIn(quiet, 3, 4, false);
        long recent = f.client(dr, "Checked In Recently");
        f.assignment(recent, dr, "Daily check-in", "DAILY", f.today.minusDays(10), f.today.plusDays(10), false);
        f.checkIn(recent, 2, 4, false);
        long notAsked = f.client(dr, "Not Asked");
        f.checkIn(notAsked, 20, 4, false);
        long cancelled = f.client(dr, "Cancelled Assignment");
        f.assignment(cancelled, dr, "Daily check-in", "DAILY", f.today.minusDays(10), f.today.plusDays(10), true);
        long neverStarted = f.client(dr, "Never Started");
        f.assignment(neverStarted, dr, "Evening check-in", "DAILY", f.today.minusDays(2), f.today.plusDays(10), false);

        assertThat(only(quiet, Kind.GONE_QUIET).reason()).isEqualTo("No check-in for 3 days (last on " + day(3) + ")");
        assertThat(kinds(recent)).doesNotContain(Kind.GONE_QUIET);
        assertThat(kinds(notAsked)).doesNotContain(Kind.GONE_QUIET);
        assertThat(kinds(cancelled)).doesNotContain(Kind.GONE_QUIET);
        assertThat(only(neverStarted, Kind.GONE_QUIET).reason())
                .isEqualTo("No check-in since daily check-ins began on " + day(2));
    }

    @Test
    void aHighRiskDateWithinSevenDaysFlagsAndOnTheEighthDoesNot() {
        long soon = f.client(dr, "Date Soon");
        f.highRiskDate(soon, f.plan(soon, null), "Anniversary", f.today.plusDays(7));
        long later = f.client(dr, "Date Later");
        f.highRiskDate(later, f.plan(later, null), "Birthday", f.today.plusDays(8));

        assertThat(only(soon, Kind.HIGH_RISK_DATE).reason())
                .isEqualTo("Anniversary on " + Dates.formatWithWeekday(f.today.plusDays(7)));
        assertThat(kinds(later)).isEmpty();
    }

    @Test
    void contactAttemptsEscalateAtTwiceTheUsualWeekAndAtLeastTwo() {
        long twice = f.client(dr, "Twice As Many");
        for (int d : new int[] { 8, 15, 22, 29 }) {
            f.attempt(twice, d, 8); // one a week before
        }
        long first = f.attempt(twice, 6, 8);
        f.attempt(twice, 0, 8);
        f.attempt(twice, 0, 8, first); // a correction is the same attempt told again
        long belowTwice = f.client(dr, "Below Twice");
        for (int d : new int[] { 8, 9, 15, 22, 29, 30 }) {
            f.attempt(belowTwice, d, 8); // 1.5 a week
        }
        f.attempt(belowTwice, 1, 8);
        f.attempt(belowTwice, 2, 8);
        long oneAfterQuiet = f.client(dr, "One After A Quiet Month");
        f.attempt(oneAfterQuiet, 1, 8);

        assertThat(only(twice, Kind.CONTACT_ESCALATING).reason())
                .isEqualTo("2 contact attempts in the last 7 days, 1.0 a week in the 4 weeks before");
        assertThat(kinds(belowTwice)).isEmpty();
        assertThat(kinds(oneAfterQuiet)).isEmpty();
    }

    @Test
    void anAttemptThatLeftTheClientFeelingUnsafeIsAThreatWhenTheLogIsShared() {
        long threatened = f.client(dr, "Threatened");
        f.consent(threatened, "NUMBERS_ONLY", true);
        f.attempt(threatened, 2, 3);
        long uneasy = f.client(dr, "Uneasy");
        f.consent(uneasy, "NUMBERS_ONLY", true);
        f.attempt(uneasy, 2, 4);
        long logPrivate = f.client(dr, "Log Private");
        f.consent(logPrivate, "NUMBERS_ONLY", false);
        f.attempt(logPrivate, 2, 0);

        RiskFlag threat = only(threatened, Kind.CONTACT_ESCALATING);
        assertThat(threat.reason()).isEqualTo("Contact on " + day(2) + " left them feeling 3/10 safe");
        assertThat(threat.severity()).isGreaterThan(Kind.SLIPPING.severity()).isLessThan(Kind.SAFETY_SIGNAL.severity());
        assertThat(kinds(uneasy)).isEmpty();
        assertThat(kinds(logPrivate)).isEmpty();
    }

    @Test
    void safetyHomeworkAndReviewFlagsComeFirstByTheirOwnRules() {
        long client = f.client(dr, "Paperwork");
        f.safetySignal(client, 1);
        f.assignment(client, dr, "Write your reasons list", "ONCE", f.today.minusDays(1), f.today.minusDays(1), false);
        f.plan(client, f.today);
        long notYet = f.client(dr, "Review Tomorrow");
        f.plan(notYet, f.today.plusDays(1));
        f.assignment(notYet, dr, "Write your reasons list", "ONCE", f.today, f.today, false);

        List<RiskFlag> flags = flags(client);
        assertThat(flags).extracting(RiskFlag::kind)
                .containsExactly(Kind.SAFETY_SIGNAL, Kind.HOMEWORK_OVERDUE, Kind.REVIEW_DUE);
        assertThat(flags).extracting(RiskFlag::reason).containsExactly(
                "Said they don't feel safe on " + day(1) + ", not resolved yet", "1 homework task overdue",
                "Plan review due today");
        assertThat(flags(notYet)).isEmpty();
    }

    @Test
    void sharingNothingLeavesOnlyTheFlagsThatNeedNoJournalConsent() {
        long client = f.client(dr, "Shares Nothing");
        f.consent(client, "NOTHING", false);
        f.assignment(client, dr, "Daily check-in", "DAILY", f.today.minusDays(10), f.today.plusDays(10), false);
        f.checkIn(client, 13, 1, true);
        f.checkIn(client, 5, 9, true);
        f.slip(client, 4);
        f.attempt(client, 1, 0);
        f.attempt(client, 2, 0);
        f.safetySignal(client, 1);

        assertThat(kinds(client)).containsExactly(Kind.SAFETY_SIGNAL, Kind.HOMEWORK_OVERDUE);
    }

    @Test
    void theContactLogFollowsItsOwnSwitchEvenWhenNothingElseIsShared() {
        long client = f.client(dr, "Log Only");
        f.consent(client, "NOTHING", true);
        f.checkIn(client, 5, 9, true);
        f.slip(client, 4);
        f.attempt(client, 1, 2);
        f.attempt(client, 2, 8);

        assertThat(only(client, Kind.CONTACT_ESCALATING).reason())
                .isEqualTo("Contact on " + day(1) + " left them feeling 2/10 safe; 2 contact attempts in the last 7 days, 0.0 a week in the 4 weeks before");
        assertThat(kinds(client)).containsExactly(Kind.CONTACT_ESCALATING);
    }

    @Test
    void anAttemptCorrectedToFeelingUnsafeIsAThreat() {
        long client = f.client(dr, "Corrected Down");
        f.consent(client, "EVERYTHING", true);
        long original = f.attempt(client, 1, 6);
        f.attempt(client, 1, 1, original);

        assertThat(only(client, Kind.CONTACT_ESCALATING).reason())
                .isEqualTo("Contact on " + day(1) + " left them feeling 1/10 safe"); // one attempt, not escalation
    }

    @Test
    void aDischargedClientHasNoFlags() {
        long client = f.client(dr, "Discharged Client");
        f.safetySignal(client, 1);
        f.checkIn(client, 1, 5, true);
        f.checkIn(client, 2, 5, true);
        f.discharge(client);

        assertThat(flags(client)).isEmpty();
    }

    @Test
    void anotherClinicianCannotAskForMyClientsFlags() {
        long mine = f.client(dr, "My Client");
        assertThatThrownBy(() -> users.as(TestUsers.ELENA, () -> riskFlags.flagsFor(mine)))
                .isInstanceOf(AccessDeniedException.class);
        long elenasAlex = users.clientId(TestUsers.ALEX);
        assertThatThrownBy(() -> users.as(DR, () -> riskFlags.flagsFor(elenasAlex)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.as(TestUsers.ALEX, () -> riskFlags.flagsFor(elenasAlex)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void oneClientsFlagsAreAuditedAsARead() {
        long client = f.client(dr, "Audited Client");
        flags(client);
        assertThat(events.stream(ContentRead.class)).anyMatch(r -> r.clientId() == client && r.action() == AuditAction.Read.RISK_FLAGS);
    }

    @Test
    void changingAThresholdChangesTheFlags() {
        long client = f.client(dr, "Two Slips Again");
        f.checkIn(client, 3, 5, true);
        f.checkIn(client, 1, 5, true);
        assertThat(kinds(client)).containsExactly(Kind.SLIPPING);

        RiskThresholds stricter = users.as(TestUsers.MANAGER, () -> settings.current());
        stricter.setSlipsInWindow(3);
        users.as(TestUsers.MANAGER, () -> settings.update(stricter));
        assertThat(kinds(client)).isEmpty();

        RiskThresholds wider = users.as(TestUsers.MANAGER, () -> settings.current());
        wider.setSlipsInWindow(2);
        wider.setSlipWindowDays(2);
        users.as(TestUsers.MANAGER, () -> settings.update(wider));
        assertThat(kinds(client)).isEmpty(); // only the slip of yesterday is within two days
    }

    @Test
    void thresholdsOutOfRangeAreRefusedAndOnlyThePracticeManagerChangesThem() {
        RiskThresholds bad = RiskThresholds.defaults();
        bad.setUrgeRise(new BigDecimal("11.0"));
        assertThatThrownBy(() -> users.as(TestUsers.MANAGER, () -> settings.update(bad)))
                .isInstanceOf(ConstraintViolationException.class).hasMessageContaining("At most 10 points");
        assertThatThrownBy(() -> users.as(DR, () -> settings.update(RiskThresholds.defaults())))
                .isInstanceOf(AccessDeniedException.class);
    }
}
