package org.holdfast.benchmark;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;

import org.holdfast.encryption.ClientKeys;
import org.holdfast.encryption.EncryptedColumns;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What encryption at rest costs (issue 15): the same call timed on the same rows with their client text in plain, as
 * before encryption, and encrypted, in one run. Plain text is what the portal read before encryption (it still reads a
 * value without the {@code hf1:} prefix as it is), sealed again with the client's data key as on an upgrade.
 * The two states alternate in rounds so that a busy moment of the machine falls on both.
 */
final class EncryptionCost {

    private static final int BATCH = 1_000;
    private static final int ROUNDS = 5;

    private final ConfigurableApplicationContext context;
    private final JdbcTemplate jdbc;
    private final String clinician;
    private long plainTexts;
    private long sealedTexts;

    /** @param clinician whose clients' text is switched (their caseload and records read nothing else) */
    EncryptionCost(ConfigurableApplicationContext context, String clinician) {
        this.context = context;
        this.jdbc = context.getBean(JdbcTemplate.class);
        this.clinician = clinician;
    }

    /** Times {@code call} in both states, prints both rows and the ratio, and leaves the text encrypted. */
    void compare(String what, int runs, Runnable call) {
        int each = Math.max(1, runs / ROUNDS);
        List<Long> plain = new ArrayList<>();
        List<Long> sealed = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            plainTexts = unseal();
            time(call, each, plain);
            sealedTexts = seal();
            time(call, each, sealed);
        }
        Bench.Timing before = timing(plain);
        Bench.Timing after = timing(sealed);
        double ratio = after.p50() / before.p50();
        Bench.row(what + ", text in plain (before)", -1, before, null, null);
        Bench.row(what + ", text encrypted (after)", -1, after, null, String.format(Locale.ENGLISH,
                "after/before p50 %.2f, within 10 %%: %s", ratio, ratio <= 1.10 ? "MET" : "MISSED"));
    }

    /** What the last comparison switched, for the table's footnote. */
    String describe() {
        return String.format(Locale.ENGLISH, "%,d texts of %s's clients written back in plain for \"before\" and %,d"
                + " encrypted again for \"after\"; %d rounds of each, alternating", plainTexts, clinician, sealedTexts, ROUNDS);
    }

    private static void time(Runnable call, int runs, List<Long> into) {
        for (int i = 0; i < 5; i++) {
            call.run(); // warm after the switch: the database's pages of the rewritten rows
        }
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            call.run();
            into.add(System.nanoTime() - start);
        }
    }

    private static Bench.Timing timing(List<Long> nanos) {
        long[] sorted = nanos.stream().mapToLong(Long::longValue).toArray();
        Arrays.sort(sorted);
        return new Bench.Timing(sorted);
    }

    /** Writes the clinician's clients' encrypted text back in plain: those rows as they were before encryption. */
    private long unseal() {
        ClientKeys keys = context.getBean(ClientKeys.class);
        return rewrite("like", (owner, stored) -> keys.plainText(stored));
    }

    /**
     * Encrypts those texts again, as {@link EncryptedColumns#sealExistingText()} does on an upgrade (that pass reads
     * every row of the practice; this one only the clinician's clients').
     */
    private long seal() {
        ClientKeys keys = context.getBean(ClientKeys.class);
        return rewrite("not like", keys::seal);
    }

    /** Rewrites the clinician's clients' texts that are (not) encrypted, in one transaction; returns how many. */
    private long rewrite(String match, BiFunction<Long, String, String> change) {
        TransactionTemplate transaction = new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
        return transaction.execute(status -> {
            long count = 0;
            for (EncryptedColumns.Column c : EncryptedColumns.ALL) {
                long after = Long.MIN_VALUE;
                while (true) {
                    List<Object[]> rows = jdbc.query("select t.id, " + c.clientId() + ", t." + c.column() + " from "
                            + c.table() + " t where t.id > ? and t." + c.column() + " " + match + " 'hf1:%' and "
                            + c.clientId() + " in (select c.id from client c join user_account a on a.id = c.clinician_id"
                            + " where a.username = ?) order by t.id limit " + BATCH,
                            (row, n) -> new Object[] { row.getLong(1), row.getLong(2), row.getString(3) }, after, clinician);
                    if (rows.isEmpty()) {
                        break;
                    }
                    jdbc.batchUpdate("update " + c.table() + " set " + c.column() + " = ? where id = ?", rows.stream()
                            .map(r -> new Object[] { change.apply((Long) r[1], (String) r[2]), r[0] }).toList());
                    count += rows.size();
                    after = (long) rows.getLast()[0];
                }
            }
            return count;
        });
    }
}
