package org.holdfast.benchmark;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

import org.holdfast.HoldfastApplication;
import org.holdfast.audit.LogCheck;
import org.holdfast.audit.LogProofs;
import org.holdfast.audit.LogVerifier;
import org.holdfast.audit.VerifiableLog;
import org.holdfast.security.AuditAction;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Checking the audit log at scale (issue 14: "verifying a million events takes seconds, not minutes"): BENCH_EVENTS
 * (1,000,000) events written straight into a fresh H2 file database under target/, added to the log under one signed head, then the
 * whole check timed BENCH_RUNS (3) times against its floor: reading the same rows without hashing anything. Then the
 * proofs an evidence pack carries ({@link LogProofs#forClient}) for a client with one contact-attempt record in every
 * 50,000 events, against what every pack used to read: all the log's leaves.
 */
public final class AuditLogBenchmark {

    /** The client whose contact-attempt records the evidence pack proves. */
    private static final long EVIDENCE_CLIENT = 2_001;

    public static void main(String[] args) throws java.io.IOException {
        // A file database, made anew: a million rows and their leaves do not belong in the heap.
        org.springframework.util.FileSystemUtils.deleteRecursively(java.nio.file.Path.of("target", "audit-bench"));
        int events = Integer.parseInt(Bench.env("BENCH_EVENTS", "1000000"));
        int runs = Integer.parseInt(Bench.env("BENCH_RUNS", "3"));
        ConfigurableApplicationContext context = new SpringApplicationBuilder(HoldfastApplication.class)
                .run("--spring.datasource.url=jdbc:h2:file:./target/audit-bench/db;MODE=MySQL;DATABASE_TO_LOWER=TRUE",
                        "--holdfast.demo-data=false", "--server.port=0", "--vaadin.launch-browser=false",
                        "--holdfast.audit.scheduled=false", "--holdfast.integrity.scheduled=false",
                        // Its own file of signed heads, made anew with the database: not the demo's under ./data.
                        "--holdfast.audit.head-file=target/audit-bench/heads.txt",
                        "--holdfast.audit.signing-key=" + randomKey(), "--holdfast.security.secret-key=" + randomKey(),
                        "--spring.jpa.properties.hibernate.generate_statistics=false", "--logging.level.root=WARN",
                        "--spring.main.banner-mode=off");
        try {
            JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
            long start = System.nanoTime();
            write(jdbc, events);
            double writeMs = Bench.ms(System.nanoTime() - start);
            start = System.nanoTime();
            context.getBean(VerifiableLog.class).sequenceAndSign();
            double sequenceMs = Bench.ms(System.nanoTime() - start);

            LogVerifier verifier = context.getBean(LogVerifier.class);
            double[] check = new double[runs];
            double[] floor = new double[runs];
            LogCheck last = null;
            for (int i = 0; i < runs; i++) {
                start = System.nanoTime();
                last = verifier.verify();
                check[i] = Bench.ms(System.nanoTime() - start);
                start = System.nanoTime();
                long[] rows = { 0 };
                jdbc.query("select l.leaf_index, l.event_id, l.leaf_hash, e.* from audit_leaf l left join audit_event e"
                        + " on e.id = l.event_id order by l.leaf_index", row -> {
                            rows[0]++;
                        });
                floor[i] = Bench.ms(System.nanoTime() - start);
            }
            Arrays.sort(check);
            Arrays.sort(floor);
            System.out.println(Bench.LINE);
            System.out.printf("Audit log check on H2 (file), %,d events: %s%n", events,
                    last.intact() ? "intact, " + last.heads() + " signed head(s)" : "NOT intact: " + last.problem());
            System.out.printf("  writing the events        %10.0f ms%n", writeMs);
            System.out.printf("  adding them to the log    %10.0f ms (leaf hashes, one signed head)%n", sequenceMs);
            System.out.printf("  the whole check           %10.0f ms (best of %d; median %.0f ms)%n", check[0], runs, check[runs / 2]);
            System.out.printf("  floor: reading the rows   %10.0f ms  -> check / floor = %.1f%n", floor[0], check[0] / floor[0]);
            evidenceProofs(context, jdbc);
            System.out.println(Bench.LINE);
        } finally {
            context.close();
        }
    }

    private static void evidenceProofs(ConfigurableApplicationContext context, JdbcTemplate jdbc) {
        LogProofs proofs = context.getBean(LogProofs.class);
        long start = System.nanoTime();
        int records = proofs.forClient(EVIDENCE_CLIENT).bySeq().size();
        double first = Bench.ms(System.nanoTime() - start);
        Bench.Timing later = Bench.Timing.of(20, i -> proofs.forClient(EVIDENCE_CLIENT));
        start = System.nanoTime();
        long[] leaves = { 0 };
        jdbc.query("select leaf_hash from audit_leaf order by leaf_index", row -> {
            leaves[0]++;
        });
        double allLeaves = Bench.ms(System.nanoTime() - start);
        System.out.printf("  evidence pack proofs      %10.0f ms the first after start (%d records), then p50 %.1f ms, p95 %.1f ms%n",
                first, records, later.p50(), later.p95());
        System.out.printf("  reading all %,d leaves %7.0f ms (what every pack read before the kept block roots)%n", leaves[0],
                allLeaves);
    }

    private static void write(JdbcTemplate jdbc, int events) {
        Timestamp at = Timestamp.from(Instant.now().minusSeconds(3600));
        String[] actions = { "CASELOAD_FIGURES", "SESSIONS", "CONTACT_LOG", "HOMEWORK", "SAFETY_SIGNALS" };
        for (int from = 0; from < events; from += 10_000) {
            List<Object[]> batch = new ArrayList<>();
            for (int i = from; i < Math.min(events, from + 10_000); i++) {
                batch.add(new Object[] { at, "clinician" + (i % 50) + "@bench.holdfast", "Clinician " + (i % 50),
                        "CLINICIAN", (long) (i % 2000) + 1, actions[i % actions.length] });
            }
            jdbc.batchUpdate("insert into audit_event (occurred_at, actor, actor_name, actor_role, client_id, action)"
                    + " values (?, ?, ?, ?, ?, ?)", batch);
            if (from % 50_000 == 0) {
                int seq = from / 50_000 + 1;
                jdbc.update("insert into audit_event (occurred_at, actor, actor_name, actor_role, client_id, action, action_text)"
                        + " values (?, 'client@bench.holdfast', 'A client', 'CLIENT', ?, ?, ?)", at, EVIDENCE_CLIENT,
                        AuditAction.EvidenceRecord.CODE, seq + " " + "ab".repeat(32));
            }
        }
    }

    private static String randomKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }
}
