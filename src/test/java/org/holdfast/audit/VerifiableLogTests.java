package org.holdfast.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.holdfast.DatabaseTest;
import org.holdfast.security.AuditAction;
import org.holdfast.security.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The audit log checked against its signed heads, after someone with database access changed it by hand: an event
 * rewritten (with and without its stored leaf recomputed), deleted, inserted, reordered, cut from the end, and a
 * head signed by another key. Each is named; the log is put back afterwards and checks as intact again. Runs on
 * MariaDB too, with the SQL a person would type.
 */
@DatabaseTest
class VerifiableLogTests {

    @Autowired
    VerifiableLog log;

    @Autowired
    LogVerifier verifier;

    @Autowired
    LogSigningKey key;

    @Autowired
    AuditEventRepository events;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    @BeforeEach
    void everythingInTheLog() {
        write("before");
        log.sequenceAndSign();
        assertThat(verifier.verify().problem()).isNull();
    }

    private long write(String reason) {
        return events.save(new AuditEvent(clock.instant(), "elena.marsh@demo.holdfast", "Elena Marsh", Role.CLINICIAN,
                null, AuditAction.Read.CASELOAD_FIGURES, reason, null)).getId();
    }

    /** A logged event that named no clients, so its row can be deleted and put back alone. */
    private long loggedEvent() {
        long id = write("to tamper with");
        log.sequenceAndSign();
        return id;
    }

    @Test
    void theLogOnlyGrowsAndEachHeadIsConsistentWithTheNext() {
        TreeHead first = log.sequenceAndSign().orElseGet(() -> log.heads().getLast());
        write("one");
        write("two");
        TreeHead second = log.sequenceAndSign().orElseThrow();
        assertThat(second.size()).isEqualTo(first.size() + 2);

        List<byte[]> leaves = log.leafHashes(0, second.size());
        List<byte[]> proof = MerkleTree.consistencyProof(leaves, (int) first.size(), (int) second.size());
        HexFormat hex = HexFormat.of();
        assertThat(MerkleTree.verifyConsistency((int) first.size(), (int) second.size(), hex.parseHex(first.root()),
                hex.parseHex(second.root()), proof)).isTrue();
        LogCheck check = verifier.verify();
        assertThat(check.intact()).isTrue();
        assertThat(check.events()).isEqualTo(second.size());
        assertThat(log.sequenceAndSign()).as("no new head while nothing arrives").isEmpty();
    }

    @Test
    void aRestartedNodeGoesOnWithTheSameLogAndItsHeadsAreConsistent(
            @Autowired AuditLogSettings settings, @Autowired org.springframework.transaction.PlatformTransactionManager transactions) {
        TreeHead before = log.sequenceAndSign().orElseGet(() -> log.heads().getLast());
        // What a restart leaves: a new instance, knowing nothing but what the database (and the head file) holds.
        VerifiableLog restarted = new VerifiableLog(jdbc, key, clock, settings);
        write("after the restart");
        TreeHead after = new org.springframework.transaction.support.TransactionTemplate(transactions)
                .execute(status -> restarted.sequenceAndSign().orElseThrow());
        assertThat(after.size()).isEqualTo(before.size() + 1);
        HexFormat hex = HexFormat.of();
        List<byte[]> proof = MerkleTree.consistencyProof(log.leafHashes(0, after.size()), (int) before.size(), (int) after.size());
        assertThat(MerkleTree.verifyConsistency((int) before.size(), (int) after.size(), hex.parseHex(before.root()),
                hex.parseHex(after.root()), proof)).isTrue();
        // And the node that was running before picks up from what the restarted one signed
        write("back on the first node");
        assertThat(log.sequenceAndSign().orElseThrow().size()).isEqualTo(after.size() + 1);
        assertThat(verifier.verify().intact()).isTrue();
    }

    @Test
    void aSecondSigningWaitsForTheFirstToCommitInsteadOfTakingTheLogForRolledBack(
            @Autowired PlatformTransactionManager transactions) throws Exception {
        // The minute's signing holds its commit; an evidence pack asks for a head meanwhile.
        WhileSigning<Optional<TreeHead>> during = whileASigningIsUncommitted(transactions,
                "signed by the first, not yet committed", () -> log.sequenceAndSign());
        assertThat(during.result()).as("nothing new to sign after it").isEmpty();
        assertThat(log.heads().getLast().size()).isEqualTo(during.head().size());
        assertThat(verifier.verify().intact()).isTrue();
    }

    @Test
    void aCheckDuringASigningWaitsForItsCommitInsteadOfFindingTheHeadFileAheadOfTheDatabase(
            @Autowired PlatformTransactionManager transactions) throws Exception {
        LogCheck result = whileASigningIsUncommitted(transactions, "signed while the check runs", verifier::verify).result();
        assertThat(result.problem()).isNull();
        assertThat(result.intact()).isTrue();
    }

    /** The head of a signing held before its commit, and what {@code meanwhile} gave once it was let through. */
    private record WhileSigning<T>(TreeHead head, T result) {
    }

    /**
     * Signs a new event in a transaction held open after the head is in the head file, runs {@code meanwhile} on
     * another thread, checks that it waits for the commit, then lets the commit through.
     */
    private <T> WhileSigning<T> whileASigningIsUncommitted(PlatformTransactionManager transactions, String event,
            Callable<T> meanwhile) throws Exception {
        log.sequenceAndSign();
        write(event);
        CountDownLatch signed = new CountDownLatch(1);
        CountDownLatch commit = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<TreeHead> signing = pool.submit(() -> new TransactionTemplate(transactions).execute(status -> {
                TreeHead head = log.sequenceAndSign().orElseThrow();
                signed.countDown();
                await(commit);
                return head;
            }));
            assertThat(signed.await(30, TimeUnit.SECONDS)).isTrue();
            Future<T> other = pool.submit(meanwhile);
            Thread.sleep(300);
            assertThat(other.isDone()).as("it waits for the signing's commit").isFalse();
            commit.countDown();
            return new WhileSigning<>(signing.get(30, TimeUnit.SECONDS), other.get(30, TimeUnit.SECONDS));
        } finally {
            commit.countDown();
            pool.shutdownNow();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void anEventDatedLongBeforeTheHeadItCameAfterIsNamedAsBackdated() {
        long size = log.size();
        long id = jdbc.queryForObject("select max(id) from audit_event", Long.class) + 1;
        jdbc.update("insert into audit_event (id, occurred_at, actor, actor_name, actor_role, action, reason) values (?, ?, ?, ?, ?, ?, ?)",
                id, LocalDateTime.ofInstant(clock.instant().minus(30, ChronoUnit.DAYS), clock.getZone()),
                "sam.okafor@demo.holdfast", "Sam Okafor", "CLINICIAN", "CASELOAD_FIGURES", "was here all along");
        // Into the log as the portal would put it, after the last head: only its date gives it away
        byte[] leaf = jdbc.query("select " + EventLeaf.COLUMNS + " from audit_event e where e.id = ?",
                row -> row.next() ? EventLeaf.hash(row, List.of()) : null, id);
        jdbc.update("insert into audit_leaf (leaf_index, event_id, leaf_hash) values (?, ?, ?)", size, id, HexFormat.of().formatHex(leaf));
        try {
            assertThat(verifier.verify().problem()).contains("Audit event #" + id, "says it happened long before the head signed at",
                    "with an earlier date");
        } finally {
            jdbc.update("delete from audit_leaf where event_id = ?", id);
            jdbc.update("delete from audit_event where id = ?", id);
        }
        assertThat(verifier.verify().intact()).isTrue();
    }

    @Test
    void anEventRewrittenInTheDatabaseIsNamed() {
        long id = loggedEvent();
        jdbc.update("update audit_event set reason = 'Hope you are well.' where id = ?", id);
        try {
            assertThat(verifier.verify().problem()).contains("Audit event #" + id, "was changed after it was written");
        } finally {
            jdbc.update("update audit_event set reason = 'to tamper with' where id = ?", id);
        }
        assertThat(verifier.verify().intact()).isTrue();
    }

    @Test
    void anEventRewrittenWithItsLeafRecomputedStillFailsAgainstTheSignedHead() {
        long id = loggedEvent();
        String leaf = jdbc.queryForObject("select leaf_hash from audit_leaf where event_id = ?", String.class, id);
        jdbc.update("update audit_event set reason = 'Hope you are well.' where id = ?", id);
        String forged = jdbc.query("select " + EventLeaf.COLUMNS + " from audit_event e where e.id = ?", row -> {
            row.next();
            return HexFormat.of().formatHex(EventLeaf.hash(row, List.of()));
        }, id);
        jdbc.update("update audit_leaf set leaf_hash = ? where event_id = ?", forged, id);
        try {
            assertThat(verifier.verify().problem()).contains("do not match the head signed at");
        } finally {
            jdbc.update("update audit_event set reason = 'to tamper with' where id = ?", id);
            jdbc.update("update audit_leaf set leaf_hash = ? where event_id = ?", leaf, id);
        }
        assertThat(verifier.verify().intact()).isTrue();
    }

    @Test
    void aDeletedEventIsNamed() {
        long id = loggedEvent();
        Map<String, Object> row = jdbc.queryForMap("select * from audit_event where id = ?", id);
        jdbc.update("delete from audit_event where id = ?", id);
        try {
            assertThat(verifier.verify().problem()).contains("Audit event #" + id, "was deleted");
        } finally {
            String columns = String.join(", ", row.keySet());
            String marks = String.join(", ", row.keySet().stream().map(c -> "?").toList());
            jdbc.update("insert into audit_event (" + columns + ") values (" + marks + ")", row.values().toArray());
        }
        assertThat(verifier.verify().intact()).isTrue();
    }

    @Test
    void anEventInsertedIntoTheDatabaseLaterIsNamed() {
        long id = jdbc.queryForObject("select max(id) from audit_event", Long.class) + 1000;
        jdbc.update("insert into audit_event (id, occurred_at, actor, actor_name, actor_role, action, reason) values (?, ?, ?, ?, ?, ?, ?)",
                id, LocalDateTime.ofInstant(clock.instant().minus(2, ChronoUnit.DAYS), clock.getZone()), "sam.okafor@demo.holdfast",
                "Sam Okafor", "CLINICIAN", "CASELOAD_FIGURES", "an alibi");
        try {
            assertThat(verifier.verify().problem()).contains("Audit event #" + id, "is not in the log");
        } finally {
            jdbc.update("delete from audit_event where id = ?", id);
        }
        assertThat(verifier.verify().intact()).isTrue();
    }

    @Test
    void twoEntriesSwappedInTheLogAreFound() {
        loggedEvent();
        long last = log.size() - 1;
        jdbc.update("update audit_leaf set leaf_index = -1 where leaf_index = ?", last);
        jdbc.update("update audit_leaf set leaf_index = ? where leaf_index = ?", last, last - 1);
        jdbc.update("update audit_leaf set leaf_index = ? where leaf_index = -1", last - 1);
        try {
            assertThat(verifier.verify().problem()).contains("do not match the head signed at");
        } finally {
            jdbc.update("update audit_leaf set leaf_index = -1 where leaf_index = ?", last);
            jdbc.update("update audit_leaf set leaf_index = ? where leaf_index = ?", last, last - 1);
            jdbc.update("update audit_leaf set leaf_index = ? where leaf_index = -1", last - 1);
        }
        assertThat(verifier.verify().intact()).isTrue();
    }

    @Test
    void entriesCutFromTheEndOfTheLogAreFound() {
        long id = loggedEvent();
        Map<String, Object> leaf = jdbc.queryForMap("select leaf_index, event_id, leaf_hash from audit_leaf where event_id = ?", id);
        jdbc.update("delete from audit_leaf where event_id = ?", id);
        try {
            assertThat(verifier.verify().problem()).contains("The log ends at entry", "entries were removed from its end");
        } finally {
            jdbc.update("insert into audit_leaf (leaf_index, event_id, leaf_hash) values (?, ?, ?)", leaf.get("leaf_index"),
                    leaf.get("event_id"), leaf.get("leaf_hash"));
        }
        assertThat(verifier.verify().intact()).isTrue();
    }

    @Test
    void aHeadSignedByAnotherKeyIsRefused() {
        byte[] seed = new byte[32];
        new SecureRandom().nextBytes(seed);
        LogSigningKey other = new LogSigningKey(new AuditLogSettings(java.util.Base64.getEncoder().encodeToString(seed),
                "", "", java.time.Duration.ofMinutes(1), false, "", ""), new org.springframework.mock.env.MockEnvironment());
        write("covered by a forged head");
        long size = log.size() + 1;
        List<byte[]> leaves = log.leafHashes(0, log.size());
        TreeHead forged = TreeHead.sign(size, MerkleTree.root(leaves, leaves.size()), Instant.now(), other);
        jdbc.update("insert into tree_head (tree_size, root_hash, issued_at, key_id, signature) values (?, ?, ?, ?, ?)",
                forged.size(), forged.root(), LocalDateTime.ofInstant(forged.issuedAt(), ZoneOffset.UTC), key.keyId(),
                forged.signature());
        try {
            assertThat(verifier.verify().problem()).contains("is not signed by this practice's key");
        } finally {
            jdbc.update("delete from tree_head where tree_size = ?", size);
        }
        assertThat(LogSigningKey.verify(key.publicKey(), forged.signedText().getBytes(StandardCharsets.UTF_8),
                java.util.Base64.getDecoder().decode(forged.signature()))).isFalse();
        log.sequenceAndSign();
        assertThat(verifier.verify().intact()).isTrue();
    }

    @Test
    void aLogRolledBackInTheDatabaseWithItsHeadsIsCaughtByTheHeadKeptOutsideIt() {
        long id = loggedEvent();
        TreeHead kept = log.heads().getLast();
        Map<String, Object> leaf = jdbc.queryForMap("select leaf_index, event_id, leaf_hash from audit_leaf where event_id = ?", id);
        jdbc.update("delete from tree_head where tree_size = ?", kept.size());
        jdbc.update("delete from audit_leaf where event_id = ?", id);
        try {
            assertThat(verifier.verify().problem()).contains("kept outside the database, is not in it");
            assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> log.sequenceAndSign()))
                    .hasMessageContaining("it was rolled back").hasMessageContaining("No head is signed");
        } finally {
            jdbc.update("insert into audit_leaf (leaf_index, event_id, leaf_hash) values (?, ?, ?)", leaf.get("leaf_index"),
                    leaf.get("event_id"), leaf.get("leaf_hash"));
            jdbc.update("insert into tree_head (tree_size, root_hash, issued_at, key_id, signature) values (?, ?, ?, ?, ?)",
                    kept.size(), kept.root(), LocalDateTime.ofInstant(kept.issuedAt(), ZoneOffset.UTC), kept.keyId(), kept.signature());
        }
        assertThat(verifier.verify().intact()).isTrue();
    }
}
