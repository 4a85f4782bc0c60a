package org.holdfast.insights;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Hand-made journals for flag tests: a clinician of their own and clients whose every check-in, slip and
 * contact attempt the test writes, so the right answer is known. Rows go straight into the tables (the
 * services would refuse back-dating beyond a week, which the four-week baseline needs).
 */
class RiskFixtures {

    private final JdbcTemplate jdbc;
    private final ZoneId zone = ZoneId.systemDefault();
    final LocalDate today = LocalDate.now();
    private final Timestamp now = Timestamp.from(Instant.now());

    RiskFixtures(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    long clinician(String username) {
        jdbc.update("insert into user_account (username, password_hash, display_name, role, enabled, created_at, version)"
                + " values (?, '!', ?, 'CLINICIAN', true, ?, 0)", username, "Dr " + username, now);
        return jdbc.queryForObject("select id from user_account where username = ?", Long.class, username);
    }

    long client(long clinician, String name) {
        String username = name.toLowerCase().replace(' ', '.') + "." + clinician + "@test.holdfast";
        jdbc.update("insert into user_account (username, password_hash, display_name, role, enabled, created_at, version)"
                + " values (?, '!', ?, 'CLIENT', true, ?, 0)", username, name, now);
        long account = jdbc.queryForObject("select id from user_account where username = ?", Long.class, username);
        jdbc.update("insert into client (account_id, clinician_id, display_name, status, created_at, version)"
                + " values (?, ?, ?, 'ACTIVE', ?, 0)", account, clinician, name, now);
        return jdbc.queryForObject("select id from client where account_id = ?", Long.class, account);
    }

    void discharge(long client) {
        jdbc.update("update client set status = 'DISCHARGED' where id = ?", client);
    }

    void consent(long client, String level, boolean shareContactLog) {
        jdbc.update("insert into journal_consent (client_id, level, share_contact_log, changed_at, version)"
                + " values (?, ?, ?, ?, 0)", client, level, shareContactLog, now);
    }

    void checkIn(long client, int daysAgo, int urge, boolean slipped) {
        jdbc.update("insert into check_in (client_id, entry_date, mood, urge, slipped, note, logged_at, received_at, version)"
                + " values (?, ?, 5, ?, ?, null, ?, ?, 0)", client, today.minusDays(daysAgo), urge, slipped, now, now);
    }

    void slip(long client, int daysAgo) {
        jdbc.update("insert into journal_entry (client_id, submission_id, kind, occurred_at, received_at, channel, direction,"
                + " shared, version) values (?, ?, 'SLIP', ?, ?, 'TEXT', 'REACHED_OUT', false, 0)", client,
                UUID.randomUUID().toString(), at(daysAgo), now);
    }

    /** A contact attempt by the other person, {@code daysAgo} at noon; returns its id. */
    long attempt(long client, int daysAgo, int safety) {
        return attempt(client, daysAgo, safety, null);
    }

    long attempt(long client, int daysAgo, int safety, Long corrects) {
        Integer last = jdbc.queryForObject("select max(seq) from contact_attempt where client_id = ?", Integer.class, client);
        String submission = UUID.randomUUID().toString();
        jdbc.update("insert into contact_attempt (client_id, seq, submission_id, occurred_at, received_at, channel, sender,"
                + " via_third_party, content, responded, safety, corrects_id, shared, hash)"
                + " values (?, ?, ?, ?, ?, 'TEXT', 'J.', false, 'Call me', false, ?, ?, false, 'x')", client,
                last == null ? 1 : last + 1, submission, at(daysAgo), now, safety, corrects);
        return jdbc.queryForObject("select id from contact_attempt where submission_id = ?", Long.class, submission);
    }

    long plan(long client, LocalDate reviewDate) {
        jdbc.update("insert into no_contact_plan (client_id, person_label, relationship, purpose, start_date,"
                + " initial_period_days, status, created_at, version, review_date) values (?, 'J.', 'EX_PARTNER',"
                + " 'HEAL_AND_MOVE_ON', ?, 60, 'ACTIVE', ?, 0, ?)", client, today.minusDays(30), now, reviewDate);
        return jdbc.queryForObject("select max(id) from no_contact_plan where client_id = ?", Long.class, client);
    }

    void highRiskDate(long client, long plan, String label, LocalDate date) {
        jdbc.update("insert into plan_high_risk_date (plan_id, client_id, label, risk_date, yearly) values (?, ?, ?, ?, false)",
                plan, client, label, date);
    }

    void assignment(long client, long clinician, String title, String recurrence, LocalDate firstDue, LocalDate lastDue,
            boolean cancelled) {
        jdbc.update("insert into homework_assignment (client_id, title, recurrence, first_due, last_due, assigned_by,"
                + " assigned_at, cancelled_at, version) values (?, ?, ?, ?, ?, ?, ?, ?, 0)", client, title, recurrence,
                firstDue, lastDue, clinician, now, cancelled ? now : null);
    }

    void safetySignal(long client, int daysAgo) {
        jdbc.update("insert into safety_signal (client_id, raised_at, version) values (?, ?, 0)", client, at(daysAgo));
    }

    private Timestamp at(int daysAgo) {
        return Timestamp.from(today.minusDays(daysAgo).atTime(LocalTime.NOON).atZone(zone).toInstant());
    }
}
