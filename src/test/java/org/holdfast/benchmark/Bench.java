package org.holdfast.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.function.IntConsumer;

import javax.sql.DataSource;

import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import org.holdfast.QueryPlans;
import org.holdfast.SqlCapture;
import org.holdfast.security.SecondFactors;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/** What the benchmarks share: timing, the SQL floor, the printed table and EXPLAIN. */
final class Bench {

    static final String LINE = "-".repeat(112);

    private Bench() {
    }

    /** Sorted wall times in nanoseconds. */
    record Timing(long[] nanos) {

        static Timing of(int runs, IntConsumer run) {
            long[] t = new long[runs];
            for (int i = 0; i < runs; i++) {
                long start = System.nanoTime();
                run.accept(i);
                t[i] = System.nanoTime() - start;
            }
            Arrays.sort(t);
            return new Timing(t);
        }

        static Timing ofSql(int runs, DataSource dataSource, List<List<SqlCapture.Statement>> perRun) {
            return of(runs, i -> {
                try {
                    replay(dataSource, perRun.get(i % perRun.size()));
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
        }

        double p50() {
            return ms(nanos[nanos.length / 2]);
        }

        double p95() {
            return ms(nanos[Math.max(0, (int) Math.ceil(nanos.length * 0.95) - 1)]);
        }

        double max() {
            return ms(nanos[nanos.length - 1]);
        }
    }

    static void header(String title) {
        header0(title);
        System.out.printf("%-46s %7s %9s %9s %9s %9s %9s  %s%n", "what", "SELECTs", "p50 ms", "p95 ms", "max ms",
                "floor p50", "floor p95", "target");
        System.out.println(LINE);
    }

    /** A table's title alone, for tables with columns of their own. */
    static void header0(String title) {
        System.out.println();
        System.out.println("=== " + title);
    }

    static void row(String what, int selects, Timing server, Timing floor, String target) {
        System.out.printf(Locale.ENGLISH, "%-46s %7s %9.1f %9.1f %9.1f %9s %9s  %s%n", what,
                selects < 0 ? "" : String.valueOf(selects), server.p50(), server.p95(), server.max(),
                floor == null ? "" : String.format(Locale.ENGLISH, "%.1f", floor.p50()),
                floor == null ? "" : String.format(Locale.ENGLISH, "%.1f", floor.p95()), target == null ? "" : target);
    }

    /** Runs each statement on one pooled connection, reading every row and column, as the app does. */
    static long replay(DataSource dataSource, List<SqlCapture.Statement> statements) throws SQLException {
        long start = System.nanoTime();
        try (Connection c = dataSource.getConnection()) {
            for (SqlCapture.Statement s : statements) {
                try (PreparedStatement ps = s.prepare(c, ""); ResultSet rs = ps.executeQuery()) {
                    int columns = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        for (int i = 1; i <= columns; i++) {
                            rs.getObject(i);
                        }
                    }
                }
            }
        }
        return System.nanoTime() - start;
    }

    /** The plan of each statement that reads a table the benchmark generated; "!!" marks a journal full scan. */
    static void printPlans(String title, DataSource dataSource, List<SqlCapture.Statement> statements) throws SQLException {
        List<String> all = List.of("check_in", "journal_entry", "contact_attempt", "client", "no_contact_plan",
                "plan_high_risk_date", "plan_version", "homework_assignment", "homework_completion", "safety_signal",
                "therapy_session", "journal_consent", "risk_thresholds", "user_account");
        System.out.println();
        System.out.println("=== EXPLAIN: " + title);
        int n = 0;
        for (QueryPlans.Plan plan : QueryPlans.explain(dataSource, statements, all)) {
            List<String> journalScans = plan.fullScans().stream().filter(QueryPlans.JOURNAL_TABLES::contains).toList();
            String sql = plan.statement().sql().replaceAll("\\s+", " ").replaceAll("\\?(,\\?)+", "?..");
            System.out.printf("-- [%d] %s%n%s%s%n", ++n, sql, plan.text(),
                    journalScans.isEmpty() ? "" : "!! FULL SCAN of " + journalScans + "\n");
        }
    }

    static void signIn(ConfigurableApplicationContext context, String username) {
        UserDetails user = context.getBean(UserDetailsService.class).loadUserByUsername(username);
        // Signed in with a password and a code from an authenticator app: the mysql profile requires staff's second factor.
        List<GrantedAuthority> authorities = new ArrayList<>(user.getAuthorities());
        for (String factor : List.of(FactorGrantedAuthority.PASSWORD_AUTHORITY, SecondFactors.TOTP_AUTHORITY)) {
            authorities.add(FactorGrantedAuthority.withAuthority(factor).issuedAt(Instant.now()).build());
        }
        SecurityContext security = SecurityContextHolder.createEmptyContext();
        security.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, authorities));
        SecurityContextHolder.setContext(security);
    }

    /**
     * The keys the {@code mysql} profile insists on, as arguments: invented for the generated practice and kept in
     * {@code ./data/bench/} beside it, because its data keys are wrapped by that master key (a new one would not open
     * them). Never a real practice's keys.
     */
    static List<String> practiceKeys() throws IOException, GeneralSecurityException {
        Path dir = Files.createDirectories(Path.of("data", "bench"));
        Path secret = dir.resolve("secret.key");
        Path signing = dir.resolve("log-signing.key");
        Path master = dir.resolve("master-key.json");
        SecureRandom random = new SecureRandom();
        for (Path file : List.of(secret, signing)) {
            if (Files.notExists(file)) {
                byte[] key = new byte[32];
                random.nextBytes(key);
                Files.writeString(file, Base64.getEncoder().encodeToString(key));
            }
        }
        if (Files.notExists(master)) {
            AeadConfig.register();
            Files.writeString(master, TinkJsonProtoKeysetFormat.serializeKeyset(
                    KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM), InsecureSecretKeyAccess.get()));
        }
        return List.of("--holdfast.security.secret-key-file=" + secret.toAbsolutePath(),
                "--holdfast.audit.signing-key-file=" + signing.toAbsolutePath(),
                "--holdfast.encryption.master-key-file=" + master.toAbsolutePath());
    }

    static double ms(long nanos) {
        return nanos / 1e6;
    }

    static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
