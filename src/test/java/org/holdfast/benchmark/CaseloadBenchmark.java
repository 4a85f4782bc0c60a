package org.holdfast.benchmark;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;
import java.util.function.Supplier;

import javax.sql.DataSource;

import org.holdfast.HoldfastApplication;
import org.holdfast.QueryPlans;
import org.holdfast.SqlCapture;
import org.holdfast.caseload.CaseloadFilter;
import org.holdfast.caseload.CaseloadRow;
import org.holdfast.caseload.CaseloadService;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.domain.Sort;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The caseload's cost on a realistic practice: 50 clinicians x 40 clients x 2 years of daily journal
 * (check-ins, urges, slips, contact attempts) on MySQL/MariaDB. Prints the caseload page's server time
 * (page plus count, as the grid asks for both) against its floor (the very SELECTs it ran, recorded with
 * their parameters and replayed over plain JDBC), and the EXPLAIN of each. Target: caseload at most
 * 1.5 x floor + 10 ms. Run with {@code ./mvnw -Pbenchmark verify}; BENCH_URL (default
 * jdbc:mysql://127.0.0.1:3306/holdfast_bench), BENCH_USER (root), BENCH_PASSWORD (empty), BENCH_RUNS (50).
 * The generated practice is kept and reused by the next run.
 */
public final class CaseloadBenchmark {

    static final int CLINICIANS = 50;
    static final int CLIENTS_EACH = 40;
    static final int DAYS = 730;
    static final String CLINICIAN = "bench.clinician%02d@bench.holdfast";
    static final int WARM_RUNS = 1000;

    public static void main(String[] args) throws Exception {
        String url = Bench.env("BENCH_URL", "jdbc:mysql://127.0.0.1:3306/holdfast_bench");
        String user = Bench.env("BENCH_USER", "root");
        String password = Bench.env("BENCH_PASSWORD", "");
        int runs = Integer.parseInt(Bench.env("BENCH_RUNS", "50"));
        createDatabase(url, user, password);

        List<String> arguments = new ArrayList<>(List.of("--spring.datasource.url=" + url,
                "--spring.datasource.username=" + user, "--spring.datasource.password=" + password,
                "--spring.datasource.hikari.data-source-properties.rewriteBatchedStatements=true",
                // The generated practice outlives branches: a migration numbered below one it already has
                // (merged later) is applied rather than refused.
                "--spring.flyway.out-of-order=true",
                "--server.port=0", "--holdfast.demo-data=false", "--vaadin.launch-browser=false",
                "--logging.level.root=WARN", "--spring.main.banner-mode=off"));
        arguments.addAll(Bench.practiceKeys());
        ConfigurableApplicationContext context = new SpringApplicationBuilder(HoldfastApplication.class)
                .profiles("mysql")
                // Arguments, not default properties: they must win over application-mysql.properties.
                .run(arguments.toArray(String[]::new));
        try {
            DataSource dataSource = context.getBean(DataSource.class);
            generate(dataSource);
            measure(context, dataSource, runs);
        } finally {
            context.close();
        }
    }

    static void measure(ConfigurableApplicationContext context, DataSource dataSource, int runs) throws SQLException {
        CaseloadService caseload = context.getBean(CaseloadService.class);
        SqlCapture sql = context.getBean(SqlCapture.class);
        Bench.signIn(context, String.format(CLINICIAN, 7));
        Supplier<List<CaseloadRow>> pageLoad = () -> {
            List<CaseloadRow> page = caseload.page(CaseloadFilter.ALL_ACTIVE, Sort.unsorted(), 0, 50);
            caseload.count(CaseloadFilter.ALL_ACTIVE);
            return page;
        };
        // Warm: the JIT, the connection pool, caches, the server's buffer pool. Twenty rounds left the JIT
        // half done (the same calls ran a third faster a few hundred rounds later), so "warm" was not yet warm.
        for (int i = 0; i < WARM_RUNS; i++) {
            pageLoad.get();
        }
        SqlCapture.Recorded<List<CaseloadRow>> recorded = sql.record(pageLoad);
        List<SqlCapture.Statement> statements = recorded.statements();
        Bench.Timing page = Bench.Timing.of(runs, i -> pageLoad.get());
        Bench.Timing.ofSql(5, dataSource, List.of(statements));
        Bench.Timing floor = Bench.Timing.ofSql(runs, dataSource, List.of(statements));

        InsightsBenchmark insights = new InsightsBenchmark(context, dataSource, runs, String.format(CLINICIAN, 7));
        List<Long> sample = insights.sample();

        long rows;
        try (Connection c = dataSource.getConnection(); ResultSet rs = c.createStatement()
                .executeQuery("select (select count(*) from check_in) + (select count(*) from journal_entry)"
                        + " + (select count(*) from contact_attempt)")) {
            rs.next();
            rows = rs.getLong(1);
        }
        double target = 1.5 * floor.p50() + 10;
        Bench.header(String.format(Locale.ENGLISH, "Caseload and insights: %d clinicians x %d clients x %d days, %,d journal"
                + " rows; %d warm runs each", CLINICIANS, CLIENTS_EACH, DAYS, rows, runs));
        Bench.row("caseload page + count (" + recorded.result().size() + " rows)", statements.size(), page, floor,
                String.format(Locale.ENGLISH, "p50 <= 1.5 x floor + 10 = %.1f ms: %s", target,
                        page.p50() <= target ? "MET" : "MISSED"));
        for (String slowest : slowest(dataSource, statements, 3)) {
            System.out.println(slowest);
        }
        EncryptionCost encryption = new EncryptionCost(context, String.format(CLINICIAN, 7));
        encryption.compare("caseload page + count", runs, pageLoad::get);
        insights.printRows(sample);
        System.out.println(Bench.LINE);
        System.out.println("floor: the same SELECTs, recorded with their parameters, replayed over plain JDBC on one"
                + " connection (no audit writes, no Java).");
        System.out.println("insights: " + insights.describe(sample));
        System.out.println("encryption: " + encryption.describe() + ".");

        Bench.printPlans("caseload page", dataSource, statements);
        insights.printPlans(sample.getFirst());
    }

    /** The costliest statements of a floor, each replayed alone: where the SQL time goes. */
    static List<String> slowest(DataSource dataSource, List<SqlCapture.Statement> statements, int top) {
        record Cost(int index, SqlCapture.Statement statement, double p50) {
        }
        List<Cost> costs = new ArrayList<>();
        for (int i = 0; i < statements.size(); i++) {
            costs.add(new Cost(i + 1, statements.get(i), Bench.Timing.ofSql(15, dataSource, List.of(List.of(statements.get(i)))).p50()));
        }
        return costs.stream().sorted(Comparator.comparingDouble(Cost::p50).reversed()).limit(top)
                .map(c -> String.format(Locale.ENGLISH, "  of which [%d] %-37.37s %38.1f", c.index(),
                        c.statement().sql().replaceAll("\\s+", " ").replaceAll("\\?(,\\?)+", "?..")
                                .replaceFirst("(?i)^select .*? from (\\w+).*$", "SELECT ... FROM $1"),
                        c.p50()))
                .toList();
    }

    // ---- the generated practice ------------------------------------------------------------------------

    static void generate(DataSource dataSource) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            try (ResultSet rs = c.createStatement().executeQuery(
                    "select count(*) from client c join user_account a on a.id = c.clinician_id where a.username like 'bench.clinician%'")) {
                rs.next();
                if (rs.getInt(1) == CLINICIANS * CLIENTS_EACH) {
                    System.out.println("Reusing the generated practice.");
                    sessions(c);
                    return;
                }
                if (rs.getInt(1) > 0) {
                    throw new IllegalStateException("A partly generated practice is in the way: drop the database and run again");
                }
            }
            long started = System.nanoTime();
            c.setAutoCommit(false);
            Timestamp now = Timestamp.from(Instant.now());
            LocalDate today = LocalDate.now();
            ZoneId zone = ZoneId.systemDefault();
            Batch accounts = new Batch(c, "insert into user_account (username, password_hash, display_name, role, enabled,"
                    + " created_at, version) values (?, '!', ?, ?, true, ?, 0)");
            for (int k = 0; k < CLINICIANS; k++) {
                accounts.add(String.format(CLINICIAN, k), "Dr Bench " + k, "CLINICIAN", now);
                for (int i = 0; i < CLIENTS_EACH; i++) {
                    accounts.add(String.format("bench.client%02d.%02d@bench.holdfast", k, i), "Client " + k + "-" + i, "CLIENT", now);
                }
            }
            accounts.flush();
            try (PreparedStatement ps = c.prepareStatement("insert into client (account_id, clinician_id, display_name, status,"
                    + " created_at, version) select a.id, d.id, a.display_name, 'ACTIVE', a.created_at, 0 from user_account a"
                    + " join user_account d on d.username = concat('bench.clinician', substring(a.username, 13, 2), '@bench.holdfast')"
                    + " where a.username like 'bench.client%'")) {
                ps.executeUpdate();
            }
            c.commit();
            List<Long> clients = new ArrayList<>();
            try (ResultSet rs = c.createStatement().executeQuery("select c.id from client c join user_account a on a.id ="
                    + " c.account_id where a.username like 'bench.client%' order by c.id")) {
                while (rs.next()) {
                    clients.add(rs.getLong(1));
                }
            }
            long adminId;
            try (ResultSet rs = c.createStatement().executeQuery("select min(id) from user_account where role = 'CLINICIAN'")) {
                rs.next();
                adminId = rs.getLong(1);
            }
            Batch plans = new Batch(c, "insert into no_contact_plan (client_id, person_label, relationship, purpose, start_date,"
                    + " initial_period_days, status, created_at, version, review_date) values (?, 'J.', 'EX_PARTNER',"
                    + " 'HEAL_AND_MOVE_ON', ?, 60, 'ACTIVE', ?, 0, ?)");
            Batch consents = new Batch(c, "insert into journal_consent (client_id, level, share_contact_log, changed_at, version)"
                    + " values (?, ?, ?, ?, 0)");
            Batch homework = new Batch(c, "insert into homework_assignment (client_id, title, recurrence, first_due, last_due,"
                    + " assigned_by, assigned_at, version) values (?, 'Daily check-in', 'DAILY', ?, ?, ?, ?, 0)");
            Batch checkIns = new Batch(c, "insert into check_in (client_id, entry_date, mood, urge, slipped, note, logged_at,"
                    + " received_at, version, shared) values (?, ?, ?, ?, ?, null, ?, ?, 0, false)");
            Batch entries = new Batch(c, "insert into journal_entry (client_id, submission_id, kind, occurred_at, received_at,"
                    + " strength, outcome, channel, direction, shared, version) values (?, ?, ?, ?, ?, ?, ?, ?, ?, false, 0)");
            Batch attempts = new Batch(c, "insert into contact_attempt (client_id, seq, submission_id, occurred_at, received_at,"
                    + " channel, sender, via_third_party, content, responded, safety, shared, hash) values (?, ?, ?, ?, ?, ?,"
                    + " 'J.', false, 'Generated for the benchmark', false, ?, false, ?)");
            String hash = "0".repeat(64);
            for (long id : clients) {
                Random r = new Random(id);
                plans.add(id, today.minusDays(DAYS), now, today.plusDays(r.nextInt(60) - 10));
                int pick = r.nextInt(20);
                consents.add(id, pick == 0 ? "NOTHING" : pick < 5 ? "EVERYTHING" : "NUMBERS_ONLY", pick < 8, now);
                if (r.nextBoolean()) {
                    homework.add(id, today.minusDays(r.nextInt(30) + 1), today.plusDays(30), adminId, now);
                }
                int seq = 0;
                for (int d = DAYS - 1; d >= 0; d--) {
                    LocalDate day = today.minusDays(d);
                    boolean slipped = r.nextInt(30) == 0;
                    if (r.nextInt(10) > 0) {
                        checkIns.add(id, day, r.nextInt(11), r.nextInt(11), slipped, now, now);
                    }
                    for (int u = r.nextInt(3); u > 0; u--) {
                        entries.add(id, UUID.randomUUID().toString(), "URGE", at(day, 8 + r.nextInt(15), zone), now,
                                r.nextInt(11), r.nextBoolean() ? "RESISTED" : "DELAYED", null, null);
                    }
                    if (slipped) {
                        entries.add(id, UUID.randomUUID().toString(), "SLIP", at(day, 21 + r.nextInt(3), zone), now, null,
                                null, "TEXT", "REACHED_OUT");
                    }
                    if (r.nextInt(7) == 0) {
                        attempts.add(id, ++seq, UUID.randomUUID().toString(), at(day, 9 + r.nextInt(14), zone), now, "TEXT",
                                r.nextInt(11), hash);
                    }
                }
                c.commit();
            }
            for (Batch b : List.of(plans, consents, homework, checkIns, entries, attempts)) {
                b.flush();
            }
            c.commit();
            c.setAutoCommit(true);
            for (String table : List.of("check_in", "journal_entry", "contact_attempt", "client", "no_contact_plan",
                    "homework_assignment", "journal_consent")) {
                c.createStatement().execute("analyze table " + table);
            }
            sessions(c);
            System.out.printf(Locale.ENGLISH, "Generated the practice in %.0f s.%n", (System.nanoTime() - started) / 1e9);
        }
    }

    /**
     * Fortnightly sessions over the two years, the last one held 1 to 14 days ago and the next one booked,
     * so "since last session" is a real period. Added to a practice generated before sessions were.
     */
    static void sessions(Connection c) throws SQLException {
        try (ResultSet rs = c.createStatement().executeQuery("select count(*) from therapy_session s join client c on"
                + " c.id = s.client_id join user_account a on a.id = c.account_id where a.username like 'bench.client%'")) {
            rs.next();
            if (rs.getInt(1) > 0) {
                return;
            }
        }
        boolean autoCommit = c.getAutoCommit();
        c.setAutoCommit(false);
        Timestamp now = Timestamp.from(Instant.now());
        ZoneId zone = ZoneId.systemDefault();
        LocalDate today = LocalDate.now();
        Batch sessions = new Batch(c, "insert into therapy_session (client_id, starts_at, duration_minutes, status,"
                + " created_at, version) values (?, ?, 50, ?, ?, 0)");
        try (ResultSet rs = c.createStatement().executeQuery("select c.id from client c join user_account a on a.id ="
                + " c.account_id where a.username like 'bench.client%' order by c.id")) {
            while (rs.next()) {
                long id = rs.getLong(1);
                LocalDate last = today.minusDays(1 + id % 14);
                for (LocalDate day = last; day.isAfter(today.minusDays(DAYS)); day = day.minusDays(14)) {
                    sessions.add(id, at(day, 10 + (int) (id % 8), zone), "HELD", now);
                }
                sessions.add(id, at(last.plusDays(14), 10 + (int) (id % 8), zone), "SCHEDULED", now);
            }
        }
        sessions.flush();
        c.commit();
        c.setAutoCommit(autoCommit);
        c.createStatement().execute("analyze table therapy_session");
    }

    /** Multi-row inserts: with rewriteBatchedStatements, Connector/J sends each batch as one statement. */
    static final class Batch {
        private final PreparedStatement ps;
        private int pending;

        Batch(Connection c, String sql) throws SQLException {
            this.ps = c.prepareStatement(sql);
        }

        void add(Object... values) throws SQLException {
            for (int i = 0; i < values.length; i++) {
                ps.setObject(i + 1, values[i]);
            }
            ps.addBatch();
            if (++pending == 5000) {
                flush();
            }
        }

        void flush() throws SQLException {
            if (pending > 0) {
                ps.executeBatch();
                pending = 0;
            }
        }
    }

    static Timestamp at(LocalDate day, int hour, ZoneId zone) {
        return Timestamp.from(day.atTime(hour % 24, 0).atZone(zone).toInstant());
    }


    static void createDatabase(String url, String user, String password) throws SQLException {
        int slash = url.indexOf('/', "jdbc:mysql://".length());
        String server = url.substring(0, slash + 1);
        String name = url.substring(slash + 1).replaceAll("\\?.*", "");
        try (Connection c = DriverManager.getConnection(server, user, password)) {
            c.createStatement().execute("create database if not exists " + name
                    + " character set utf8mb4 collate utf8mb4_unicode_ci");
        }
    }


}
