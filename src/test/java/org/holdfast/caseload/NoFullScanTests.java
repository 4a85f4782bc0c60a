package org.holdfast.caseload;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import org.holdfast.DatabaseTest;
import org.holdfast.QueryPlans;
import org.holdfast.SqlCapture;
import org.holdfast.TestUsers;
import org.holdfast.insights.InsightsPeriod;
import org.holdfast.insights.InsightsService;
import org.holdfast.insights.RiskFlags;
import org.holdfast.insights.SuggestedAgenda;
import org.holdfast.journal.JournalPatterns;
import org.holdfast.security.AuditAction;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The caseload, its risk flags and one client's insights (every period, the suggested agenda, the journal
 * patterns they read) never scan a journal table from end to end. With a few hundred
 * clients and two months of journal each (enough for an optimizer to prefer an index, statistics
 * refreshed), every SELECT the page really runs is EXPLAINed on the database under test: H2 here, MariaDB
 * or MySQL in the mysql-tests run. Not rolled back (MySQL's ANALYZE TABLE commits): the data is deleted
 * afterwards.
 * <p>
 * To check another page's queries (the insights page, the agenda), add a test that calls
 * {@link #assertNoFullScans(String, Runnable)} with it, run as {@link #CLINICIAN}.
 */
@DatabaseTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NoFullScanTests {

    static final int CLIENTS = 300;
    static final int DAYS = 60;
    final String CLINICIAN = "scan.check." + System.nanoTime() + "@test.holdfast";

    @Autowired
    CaseloadService caseload;

    @Autowired
    RiskFlags riskFlags;

    @Autowired
    InsightsService insights;

    @Autowired
    SuggestedAgenda agenda;

    @Autowired
    JournalPatterns patterns;

    @Autowired
    SqlCapture sql;

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TestUsers users;

    long clinician;
    List<Long> clients;

    @Test
    void theCaseloadWithFlagsScansNoJournalTable() {
        assertNoFullScans("caseload page", () -> caseload.page(CaseloadFilter.ALL_ACTIVE, Sort.unsorted(), 0, 50));
    }

    @Test
    void oneClientsFlagsScanNoJournalTable() {
        assertNoFullScans("flags of one client", () -> riskFlags.flagsFor(clients.get(CLIENTS / 2)));
    }

    @ParameterizedTest
    @EnumSource(InsightsPeriod.class)
    void oneClientsInsightsScanNoJournalTable(InsightsPeriod period) {
        assertNoFullScans("insights, " + period.label(), () -> insights.insights(clients.get(CLIENTS / 2), period));
    }

    @Test
    void theSuggestedAgendaScansNoJournalTable() {
        assertNoFullScans("suggested agenda", () -> agenda.forNextSession(clients.get(CLIENTS / 3)));
    }

    @Test
    void theJournalPatternsScanNoJournalTable() {
        Instant from = Instant.now().minus(java.time.Duration.ofDays(DAYS / 2));
        assertNoFullScans("journal patterns", () -> patterns.since(clients.get(CLIENTS / 4), from, from,
                ZoneId.systemDefault(), new AuditAction.Insights("scan check")));
    }

    @Test
    void theCheckNoticesAFullScan() throws java.sql.SQLException {
        List<SqlCapture.Statement> ran = sql.selectsOf(() -> jdbc.queryForList("select count(*) from check_in where mood = ?", 5));
        List<QueryPlans.Plan> plans = QueryPlans.explain(dataSource, ran, QueryPlans.JOURNAL_TABLES);
        assertThat(plans).singleElement().extracting(QueryPlans.Plan::fullScans).asList().containsExactly("check_in");
    }

    /** Runs the action as the clinician of the generated caseload and fails on any full scan of a journal table. */
    void assertNoFullScans(String what, Runnable asClinician) {
        List<SqlCapture.Statement> ran = users.as(CLINICIAN, () -> sql.selectsOf(asClinician));
        assertThat(ran).as("statements recorded for " + what).isNotEmpty();
        List<QueryPlans.Plan> plans;
        try {
            plans = QueryPlans.explain(dataSource, ran, QueryPlans.JOURNAL_TABLES);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        assertThat(plans).as("statements of " + what + " reading a journal table").isNotEmpty();
        for (QueryPlans.Plan plan : plans) {
            assertThat(plan.fullScans()).as("full scan in %s:%n%s%n%s", what, plan.statement().sql(), plan.text()).isEmpty();
        }
    }

    @BeforeAll
    void generate() {
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.update("insert into user_account (username, password_hash, display_name, role, enabled, created_at, version)"
                + " values (?, '!', 'Scan Check', 'CLINICIAN', true, ?, 0)", CLINICIAN, now);
        clinician = users.accountId(CLINICIAN);
        List<Object[]> accounts = new ArrayList<>();
        for (int i = 0; i < CLIENTS; i++) {
            accounts.add(new Object[] { CLINICIAN + ".client" + i, "Client " + i, now });
        }
        jdbc.batchUpdate("insert into user_account (username, password_hash, display_name, role, enabled, created_at, version)"
                + " values (?, '!', ?, 'CLIENT', true, ?, 0)", accounts);
        jdbc.update("insert into client (account_id, clinician_id, display_name, status, created_at, version)"
                + " select id, ?, display_name, 'ACTIVE', created_at, 0 from user_account where username like ?",
                clinician, CLINICIAN + ".client%");
        clients = jdbc.queryForList("select id from client where clinician_id = ? order by id", Long.class, clinician);

        LocalDate today = LocalDate.now();
        ZoneId zone = ZoneId.systemDefault();
        List<Object[]> checkIns = new ArrayList<>();
        List<Object[]> entries = new ArrayList<>();
        List<Object[]> attempts = new ArrayList<>();
        List<Object[]> plans = new ArrayList<>();
        for (long id : clients) {
            plans.add(new Object[] { id, today.minusDays(DAYS), now });
            int seq = 0;
            for (int d = 0; d < DAYS; d++) {
                LocalDate day = today.minusDays(d);
                Timestamp evening = Timestamp.from(day.atTime(21, 30).atZone(zone).toInstant());
                checkIns.add(new Object[] { id, day, (int) ((id + d) % 11), (id + d) % 9 == 0, now, now });
                entries.add(new Object[] { id, UUID.randomUUID().toString(), (id + d) % 9 == 0 ? "SLIP" : "URGE", evening, now });
                if ((id + d) % 5 == 0) {
                    attempts.add(new Object[] { id, ++seq, UUID.randomUUID().toString(), evening, now, (int) ((id + d) % 11) });
                }
            }
        }
        // Consent to everything, log included, so every insights query runs; a held session for each client,
        // so "since last session" reads from it rather than falling back to 30 days.
        List<Object[]> consents = new ArrayList<>();
        List<Object[]> sessions = new ArrayList<>();
        for (long id : clients) {
            consents.add(new Object[] { id, now });
            sessions.add(new Object[] { id, Timestamp.from(today.minusDays(10).atTime(10, 0).atZone(zone).toInstant()), now });
        }
        jdbc.batchUpdate("insert into journal_consent (client_id, level, share_contact_log, changed_at, version)"
                + " values (?, 'EVERYTHING', true, ?, 0)", consents);
        jdbc.batchUpdate("insert into therapy_session (client_id, starts_at, duration_minutes, status, created_at, version)"
                + " values (?, ?, 50, 'HELD', ?, 0)", sessions);
        jdbc.batchUpdate("insert into no_contact_plan (client_id, person_label, relationship, purpose, start_date,"
                + " initial_period_days, status, created_at, version) values (?, 'J.', 'EX_PARTNER', 'HEAL_AND_MOVE_ON', ?, 90,"
                + " 'ACTIVE', ?, 0)", plans);
        jdbc.batchUpdate("insert into check_in (client_id, entry_date, mood, urge, slipped, note, logged_at, received_at,"
                + " version) values (?, ?, 5, ?, ?, null, ?, ?, 0)", checkIns);
        jdbc.batchUpdate("insert into journal_entry (client_id, submission_id, kind, occurred_at, received_at, strength,"
                + " shared, version) values (?, ?, ?, ?, ?, 6, false, 0)", entries);
        jdbc.batchUpdate("insert into contact_attempt (client_id, seq, submission_id, occurred_at, received_at, channel,"
                + " sender, via_third_party, content, responded, safety, shared, hash) values (?, ?, ?, ?, ?, 'TEXT', 'J.',"
                + " false, 'Call me', false, ?, false, 'x')", attempts);
        boolean h2 = jdbc.queryForObject("select count(*) from information_schema.tables where table_name = 'check_in'"
                + " and table_schema = 'public'", Integer.class) > 0;
        if (h2) {
            jdbc.execute("analyze");
        } else {
            for (String table : List.of("check_in", "journal_entry", "contact_attempt", "client", "no_contact_plan",
                    "journal_consent", "therapy_session")) {
                jdbc.queryForList("analyze table " + table); // returns a result set on MySQL/MariaDB
            }
        }
    }

    @AfterAll
    void remove() {
        String mine = " where client_id in (select id from client where clinician_id = " + clinician + ")";
        for (String table : List.of("contact_attempt", "journal_entry", "check_in", "no_contact_plan", "journal_consent",
                "therapy_session")) {
            jdbc.update("delete from " + table + mine);
        }
        jdbc.update("delete from client where clinician_id = ?", clinician);
        jdbc.update("delete from user_account where username like ?", CLINICIAN + "%");
    }
}
