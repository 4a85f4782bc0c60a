package org.holdfast.caseload;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.holdfast.DatabaseTest;
import org.holdfast.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

import jakarta.persistence.EntityManagerFactory;

/** A caseload of 500 costs the same number of queries as a caseload of 5. */
@DatabaseTest
@Transactional
class CaseloadQueryCountTests {

    @Autowired
    CaseloadService caseload;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TestUsers users;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @Test
    void fiveHundredClientsTakeAsManyQueriesAsFive() {
        long small = clinicianWith("small.caseload@test.holdfast", 5);
        long large = clinicianWith("large.caseload@test.holdfast", 500);
        assertThat(small).isNotEqualTo(large);

        // The practice's thresholds are kept in memory after the first page: load them before counting.
        statementsFor("small.caseload@test.holdfast", 5);
        long fewQueries = statementsFor("small.caseload@test.holdfast", 5);
        long manyQueries = statementsFor("large.caseload@test.holdfast", 500);

        assertThat(manyQueries).isEqualTo(fewQueries);
        // The clients, then per module (plans, journal with consent, sessions, homework, safety) a set-wide access
        // check and its aggregate queries, then the count: a fixed handful, never one per client. The risk flags
        // added six: the journal rollups (four queries; their consent read replaced the caseload's own) and
        // the high-risk dates with their access check. The one slip definition (a ticked check-in counts on a day
        // with no slip form) reads the ticked days beside the slip moments: one more. The audit row naming the
        // page's clients is one insert here; its client list is a single JDBC batch, outside these statistics.
        // The questionnaire scores column and flag add two: their access check and the responses of the page.
        assertThat(manyQueries).isLessThanOrEqualTo(24 + 6 + 1 + 2);
    }

    @Test
    void anyColumnSortsTheWholeCaseload() {
        clinicianWith("sorted.caseload@test.holdfast", 30);
        List<CaseloadRow> bySlips = users.as("sorted.caseload@test.holdfast",
                () -> caseload.page(CaseloadFilter.ALL_ACTIVE, Sort.by(Sort.Order.desc("slips")), 0, 30));
        assertThat(bySlips).hasSize(30);
        assertThat(bySlips).extracting(CaseloadRow::slipsLast14Days).isSortedAccordingTo((a, b) -> Long.compare(b, a));
        assertThat(bySlips.getFirst().slipsLast14Days()).isPositive();
    }

    private long statementsFor(String clinician, int expectedRows) {
        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.clear();
        List<CaseloadRow> page = users.as(clinician, () -> caseload.page(CaseloadFilter.ALL_ACTIVE, Sort.unsorted(), 0,
                expectedRows));
        int count = users.as(clinician, () -> caseload.count(CaseloadFilter.ALL_ACTIVE));
        assertThat(page).hasSize(expectedRows);
        assertThat(count).isEqualTo(expectedRows);
        return statistics.getPrepareStatementCount();
    }

    /** A clinician with n clients, each with a plan, ten days of check-ins (some slips) and a session. */
    private long clinicianWith(String username, int n) {
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.update("insert into user_account (username, password_hash, display_name, role, enabled, created_at, version)"
                + " values (?, '!', ?, 'CLINICIAN', true, ?, 0)", username, "Test " + username, now);
        long clinician = users.accountId(username);
        List<Object[]> accounts = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            accounts.add(new Object[] { username + ".client" + i, "Client " + i, now });
        }
        jdbc.batchUpdate("insert into user_account (username, password_hash, display_name, role, enabled, created_at, version)"
                + " values (?, '!', ?, 'CLIENT', true, ?, 0)", accounts);
        jdbc.update("insert into client (account_id, clinician_id, display_name, status, created_at, version)"
                + " select id, ?, display_name, 'ACTIVE', created_at, 0 from user_account where username like ?",
                clinician, username + ".client%");
        LocalDate today = LocalDate.now();
        List<Long> clientIds = jdbc.queryForList("select id from client where clinician_id = ?", Long.class, clinician);
        List<Object[]> plans = new ArrayList<>();
        List<Object[]> checkIns = new ArrayList<>();
        List<Object[]> sessions = new ArrayList<>();
        for (long id : clientIds) {
            plans.add(new Object[] { id, today.minusDays(id % 40), now });
            for (int d = 0; d < 10; d++) {
                checkIns.add(new Object[] { id, today.minusDays(d), (id + d) % 7 == 0, now, now });
            }
            sessions.add(new Object[] { id, Timestamp.from(Instant.now().plusSeconds(86_400 + id)), now });
        }
        jdbc.batchUpdate("insert into no_contact_plan (client_id, person_label, relationship, purpose, start_date,"
                + " initial_period_days, status, created_at, version) values (?, 'J.', 'EX_PARTNER', 'HEAL_AND_MOVE_ON', ?, 60,"
                + " 'ACTIVE', ?, 0)", plans);
        jdbc.batchUpdate("insert into check_in (client_id, entry_date, mood, urge, slipped, note, logged_at, received_at,"
                + " version) values (?, ?, 5, 5, ?, null, ?, ?, 0)", checkIns);
        jdbc.batchUpdate("insert into therapy_session (client_id, starts_at, duration_minutes, status, created_at, version)"
                + " values (?, ?, 50, 'SCHEDULED', ?, 0)", sessions);
        return clinician;
    }
}
