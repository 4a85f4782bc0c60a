package org.holdfast.insights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.holdfast.TestUsers.ELENA;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.EnumSet;
import java.util.UUID;

import org.holdfast.DatabaseTest;
import org.holdfast.TestUsers;
import org.holdfast.journal.Backdating;
import org.holdfast.journal.CheckInForm;
import org.holdfast.journal.JournalService;
import org.holdfast.journal.SlipDirection;
import org.holdfast.journal.SlipForm;
import org.holdfast.journal.Trigger;
import org.holdfast.plans.Channel;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A client living in another zone than the practice: the times they type, their "today" and the hours
 * insights count them in are all theirs. A fresh client of Dr Marsh's in New York per test.
 */
@DatabaseTest
class ClientTimeZoneTests {

    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Autowired
    JournalService journal;

    @Autowired
    InsightsService insights;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    @Test
    void aSlipTypedAsFriday2100InNewYorkIsCountedOnFridayAt21() {
        String username = newYorker();
        long client = clientId(username);
        // The latest Friday whose 21:00 in New York has passed: always within the 7 days a form may go back.
        ZonedDateTime now = ZonedDateTime.now(clock.withZone(NEW_YORK));
        LocalDate friday = now.toLocalDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.FRIDAY));
        if (friday.atTime(21, 0).atZone(NEW_YORK).isAfter(now)) {
            friday = friday.minusWeeks(1);
        }
        SlipForm slip = new SlipForm();
        slip.setSubmissionId(UUID.randomUUID().toString());
        slip.setDate(friday);
        slip.setTime(LocalTime.of(21, 0));
        slip.setChannel(Channel.TEXT);
        slip.setDirection(SlipDirection.REACHED_OUT);
        slip.setTriggers(EnumSet.of(Trigger.EVENING));
        slip.setWhatHappened("Sent a message");
        slip.setFeelNow("Flat");

        users.as(username, () -> journal.recordSlip(slip));

        Instant stored = jdbc.queryForObject("select occurred_at from journal_entry where client_id = ?", Timestamp.class,
                client).toInstant();
        assertThat(stored).isEqualTo(friday.atTime(21, 0).atZone(NEW_YORK).toInstant());
        ClientInsights seen = users.as(ELENA, () -> insights.insights(client, InsightsPeriod.DAYS_30));
        assertThat(seen.slipClock().cell(DayOfWeek.FRIDAY.ordinal(), 21)).isEqualTo(1);
        assertThat(seen.slipClock().total()).isEqualTo(1);
    }

    @Test
    void theCheckInIsFiledUnderTheClientsOwnToday() {
        // A zone where today is another date than in the practice's, whatever the hour the test runs at.
        LocalDate practiceToday = LocalDate.now(clock);
        ZoneId elsewhere = LocalDate.now(clock.withZone(ZoneId.of("Pacific/Kiritimati"))).equals(practiceToday)
                ? ZoneId.of("Pacific/Pago_Pago") : ZoneId.of("Pacific/Kiritimati");
        String username = newClient(elsewhere);
        CheckInForm form = new CheckInForm();
        form.setMood(6);
        form.setUrge(3);

        users.as(username, () -> journal.saveTodaysCheckIn(form));

        LocalDate filed = jdbc.queryForObject("select entry_date from check_in where client_id = ?", LocalDate.class,
                clientId(username));
        assertThat(filed).isEqualTo(LocalDate.now(clock.withZone(elsewhere))).isNotEqualTo(practiceToday);
        assertThat(users.as(username, () -> journal.todaysCheckIn())).isPresent();
    }

    @Test
    void theClientsJournalDaysAndProgressAreTheirOwnDays() {
        LocalDate practiceToday = LocalDate.now(clock);
        ZoneId elsewhere = LocalDate.now(clock.withZone(ZoneId.of("Pacific/Kiritimati"))).equals(practiceToday)
                ? ZoneId.of("Pacific/Pago_Pago") : ZoneId.of("Pacific/Kiritimati");
        String username = newClient(elsewhere);
        LocalDate theirToday = LocalDate.now(clock.withZone(elsewhere));
        SlipForm slip = new SlipForm();
        slip.setSubmissionId(UUID.randomUUID().toString());
        slip.setDate(theirToday);
        slip.setTime(LocalTime.now(clock.withZone(elsewhere)).withSecond(0).withNano(0));
        slip.setChannel(Channel.TEXT);
        slip.setDirection(SlipDirection.REACHED_OUT);
        slip.setTriggers(EnumSet.of(Trigger.EVENING));

        users.as(username, () -> journal.recordSlip(slip));

        var days = users.as(username, () -> journal.myDays(theirToday.minusDays(2)));
        assertThat(days).containsKey(theirToday).doesNotContainKey(practiceToday);
        assertThat(days.get(theirToday).slips()).isEqualTo(1);
    }

    @Test
    void aCheckInAt2330OnFridayInNewYorkIsFridaysThoughLondonIsIntoSaturday() {
        // 23:30 on Friday in New York is 04:30 on Saturday in London, the practice's zone.
        Instant lateFriday = LocalDate.of(2026, 11, 20).atTime(23, 30).atZone(NEW_YORK).toInstant();
        Clock practice = Clock.fixed(lateFriday, LONDON);
        Clock client = practice.withZone(NEW_YORK);

        assertThat(LocalDate.now(practice).getDayOfWeek()).isEqualTo(DayOfWeek.SATURDAY);
        assertThat(LocalDate.now(client)).isEqualTo(LocalDate.of(2026, 11, 20));
        assertThat(Backdating.problem(LocalDate.of(2026, 11, 20), LocalTime.of(23, 30), client)).isEmpty();
        assertThat(Backdating.occurredAt(LocalDate.of(2026, 11, 20), LocalTime.of(21, 0), client))
                .isEqualTo(LocalDate.of(2026, 11, 20).atTime(21, 0).atZone(NEW_YORK).toInstant());
    }

    @Test
    void withoutAZoneOfTheirOwnAClientTypesInThePracticesZone() {
        String username = newClient(null);
        LocalDate yesterday = LocalDate.now(clock).minusDays(1);
        SlipForm slip = new SlipForm();
        slip.setSubmissionId(UUID.randomUUID().toString());
        slip.setDate(yesterday);
        slip.setTime(LocalTime.of(21, 0));
        slip.setChannel(Channel.TEXT);
        slip.setDirection(SlipDirection.REACHED_OUT);
        slip.setTriggers(EnumSet.of(Trigger.EVENING));

        users.as(username, () -> journal.recordSlip(slip));

        assertThat(jdbc.queryForObject("select occurred_at from journal_entry where client_id = ?", Timestamp.class,
                clientId(username)).toInstant()).isEqualTo(yesterday.atTime(21, 0).atZone(clock.getZone()).toInstant());
        assertThat(users.as(username, () -> journal.myZone())).isEqualTo(clock.getZone());
    }

    private String newYorker() {
        return newClient(NEW_YORK);
    }

    /** A client of Dr Marsh's with an account, sharing everything, in {@code zone} (null: the practice's). */
    private String newClient(ZoneId zone) {
        String username = "tz-" + UUID.randomUUID() + "@test.holdfast";
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.update("insert into user_account (username, password_hash, display_name, role, enabled, created_at, version)"
                + " values (?, '!', 'Nia Test', 'CLIENT', true, ?, 0)", username, now);
        long account = users.accountId(username);
        jdbc.update("insert into client (account_id, clinician_id, display_name, status, created_at, time_zone, version)"
                + " values (?, ?, 'Nia Test', 'ACTIVE', ?, ?, 0)", account, users.accountId(ELENA), now,
                zone == null ? null : zone.getId());
        long client = clientId(username);
        jdbc.update("insert into journal_consent (client_id, level, share_contact_log, changed_at, version)"
                + " values (?, 'EVERYTHING', true, ?, 0)", client, now);
        return username;
    }

    private long clientId(String username) {
        return users.clientId(username);
    }
}
