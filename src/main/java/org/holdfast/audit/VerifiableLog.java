package org.holdfast.audit;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Adds new audit events to the Merkle log and signs a tree head over it, every minute while events arrive
 * ({@code holdfast.audit.head-interval}). Events get their place in the log here, not at insert: ids are handed out
 * before a transaction commits, so an event with a lower id can appear after one with a higher. Two nodes doing
 * this at once collide on the leaf's primary key, and one of them simply tries again next time.
 */
@Component
public class VerifiableLog {

    /** How far below the last event in the log a late commit may still arrive (ids are handed out in bulk). */
    static final long LATE_ID_MARGIN = 10_000;
    private static final int BATCH = 5_000;
    private static final HexFormat HEX = HexFormat.of();
    private static final RowMapper<TreeHead> HEAD = (row, n) -> new TreeHead(row.getLong(1), row.getString(2),
            row.getObject(3, LocalDateTime.class).toInstant(ZoneOffset.UTC), row.getString(4), row.getString(5));

    private final JdbcTemplate jdbc;
    private final LogSigningKey key;
    private final Clock clock;
    private final AuditLogSettings settings;
    private final HeadFile headFile;
    /** One sequencing at a time on this node, each from its start until its transaction has ended. */
    private final ReentrantLock sequencing = new ReentrantLock();
    /** The roots of the complete subtrees of the log as this node last saw it; rebuilt from the database when stale. */
    private Frontier frontier;
    /**
     * Blocks of 256 leaves: a proof reads 256 leaves of its own block, and a million events keep about 4,000 roots
     * (under half a megabyte with their arrays).
     */
    private final BlockRoots blockRoots = new BlockRoots(256, this::leafHashes);

    VerifiableLog(JdbcTemplate jdbc, LogSigningKey key, Clock clock, AuditLogSettings settings) {
        this.settings = settings;
        this.headFile = new HeadFile(settings.headFile());
        if (!headFile.kept()) {
            org.slf4j.LoggerFactory.getLogger(VerifiableLog.class).warn("No copy of the audit log's signed heads is kept "
                    + "outside the database (holdfast.audit.head-file): a log rolled back in the database would go unseen.");
        }
        this.jdbc = jdbc;
        this.key = key;
        this.clock = clock;
    }

    // Its own @Transactional: the call below is on this object, not through the proxy, so sequenceAndSign's would
    // not apply and its first line would throw (no transaction), leaving the running portal without new heads.
    @Scheduled(fixedDelayString = "${holdfast.audit.head-interval:PT1M}", initialDelayString = "PT20S")
    @Transactional
    void onSchedule() {
        if (settings.scheduled()) {
            sequenceAndSign();
        }
    }

    /** Adds every event not yet in the log and, when the log grew (or has no head yet), signs a head. */
    @Transactional
    public Optional<TreeHead> sequenceAndSign() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            throw new IllegalStateException("The log is only added to inside a transaction");
        }
        // Held until the transaction ends, not just until this method returns. A caller let in between the two (the
        // minute's signing and an evidence pack, say) counted the log without the leaves not yet committed while the
        // head over them was already in the head file, took the log for rolled back and refused the pack.
        sequencing.lock();
        long[] sizeAtStart = { 0 };
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                try {
                    // Leaves added below in memory are only real once this commits: on a rollback they are read again.
                    if (status != STATUS_COMMITTED) {
                        frontier = null;
                        blockRoots.keepBelow(sizeAtStart[0]);
                    }
                } finally {
                    sequencing.unlock();
                }
            }
        });
        long size = size();
        sizeAtStart[0] = size;
        if (frontier == null || frontier.size() != size) {
            // Stale when another node added to the log: only what it added is read, not the whole log again, and
            // what this node kept is checked against the last head in the database first.
            frontier = blockRoots.frontier(Math.toIntExact(size), lastHead().orElse(null));
        }
        // Before anything joins it: never extend or sign a log shorter than, or unlike, the head kept outside the database.
        Optional<String> rolledBack = rolledBack(headFile.last(), frontier);
        if (rolledBack.isPresent()) {
            throw new IllegalStateException(rolledBack.get() + ". No head is signed until this is looked into; after a "
                    + "deliberate restore from a backup, move " + headFile.where() + " aside.");
        }
        Long watermark = jdbc.queryForObject("select max(event_id) from audit_leaf", Long.class);
        long from = watermark == null ? Long.MIN_VALUE : watermark - LATE_ID_MARGIN;
        List<Long> ids = jdbc.queryForList("""
                select e.id from audit_event e
                where e.id > ? and not exists (select 1 from audit_leaf l where l.event_id = e.id)
                order by e.id""", Long.class, from);
        for (int start = 0; start < ids.size(); start += BATCH) {
            List<Long> batch = ids.subList(start, Math.min(ids.size(), start + BATCH));
            Map<Long, List<Long>> named = clientsNamed(batch);
            List<Object[]> leaves = new ArrayList<>();
            String in = String.join(",", batch.stream().map(String::valueOf).toList());
            jdbc.query("select " + EventLeaf.COLUMNS + " from audit_event e where e.id in (" + in + ") order by e.id", row -> {
                byte[] leaf = EventLeaf.hash(row, named.getOrDefault(row.getLong("id"), List.of()));
                leaves.add(new Object[] { frontier.size() + leaves.size(), row.getLong("id"), HEX.formatHex(leaf) });
            });
            jdbc.batchUpdate("insert into audit_leaf (leaf_index, event_id, leaf_hash) values (?, ?, ?)", leaves);
            leaves.forEach(l -> frontier.add(HEX.parseHex((String) l[2])));
        }
        Long lastHead = jdbc.queryForObject("select max(tree_size) from tree_head", Long.class);
        if (lastHead != null && lastHead == frontier.size()) {
            return Optional.empty();
        }
        TreeHead head = TreeHead.sign(frontier.size(), frontier.root(), clock.instant(), key);
        jdbc.update("insert into tree_head (tree_size, root_hash, issued_at, key_id, signature) values (?, ?, ?, ?, ?)",
                head.size(), head.root(), LocalDateTime.ofInstant(head.issuedAt(), ZoneOffset.UTC), head.keyId(),
                head.signature());
        headFile.append(head);
        return Optional.of(head);
    }

    /** Why the log in the database cannot be the one whose head was kept outside it; empty when it can. */
    Optional<String> rolledBack(Optional<TreeHead> kept, Frontier current) {
        if (kept.isEmpty()) {
            return Optional.empty();
        }
        TreeHead head = kept.get();
        if (current.size() < head.size()) {
            return Optional.of("The log in the database has " + current.size() + " entries, but the head signed at "
                    + head.issuedAt() + " and kept outside the database covers " + head.size() + ": it was rolled back");
        }
        // Usually the log is just as long as the last head (checked before new entries join): no reading needed.
        byte[] root = current.size() == head.size() ? current.root() : MerkleTree.root(leafHashes(0, head.size()), (int) head.size());
        if (!HEX.formatHex(root).equals(head.root())) {
            return Optional.of("The log's first " + head.size() + " entries in the database do not match the head signed at "
                    + head.issuedAt() + " and kept outside the database: they were rewritten");
        }
        return Optional.empty();
    }

    HeadFile headFile() {
        return headFile;
    }

    long size() {
        Long size = jdbc.queryForObject("select count(*) from audit_leaf", Long.class);
        return size == null ? 0 : size;
    }

    /** The head over the most entries in the database; empty before the first is signed. */
    Optional<TreeHead> lastHead() {
        return jdbc.query("select tree_size, root_hash, issued_at, key_id, signature from tree_head"
                + " where tree_size = (select max(tree_size) from tree_head)", HEAD).stream().findFirst();
    }

    /**
     * The heads in the database and the last one kept outside it, read while no signing on this node is between
     * writing its head to the file and committing it: otherwise a check could find the file ahead of the database
     * and report the log rolled back.
     */
    SignedHeads signedHeads() {
        sequencing.lock();
        try {
            return new SignedHeads(heads(), headFile.last());
        } finally {
            sequencing.unlock();
        }
    }

    record SignedHeads(List<TreeHead> inDatabase, Optional<TreeHead> kept) {
    }

    /**
     * The audit paths of the given leaves in the tree of {@code head}, each checked against its root, reading only
     * the part of the log they need (see {@link BlockRoots}).
     */
    Map<Integer, List<byte[]>> inclusionProofs(TreeHead head, java.util.Collection<Integer> indices) {
        return blockRoots.inclusionProofs(Math.toIntExact(head.size()), HEX.parseHex(head.root()), indices);
    }

    /** The stored leaf hashes from {@code from} (inclusive) to {@code to} (exclusive), in log order. */
    List<byte[]> leafHashes(long from, long to) {
        List<byte[]> hashes = new ArrayList<>((int) Math.max(0, to - from));
        jdbc.query("select leaf_hash from audit_leaf where leaf_index >= ? and leaf_index < ? order by leaf_index",
                row -> {
                    hashes.add(HEX.parseHex(row.getString(1)));
                }, from, to);
        return hashes;
    }

    List<TreeHead> heads() {
        return jdbc.query("select tree_size, root_hash, issued_at, key_id, signature from tree_head order by tree_size", HEAD);
    }

    private Map<Long, List<Long>> clientsNamed(List<Long> eventIds) {
        Map<Long, List<Long>> named = new HashMap<>();
        String in = String.join(",", eventIds.stream().map(String::valueOf).toList());
        jdbc.query("select event_id, client_id from audit_event_client where event_id in (" + in + ")",
                row -> {
                    named.computeIfAbsent(row.getLong(1), id -> new ArrayList<>()).add(row.getLong(2));
                });
        return named;
    }

}
