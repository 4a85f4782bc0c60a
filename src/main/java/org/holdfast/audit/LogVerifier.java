package org.holdfast.audit;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Optional;

import org.holdfast.security.AuditAction;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Checks the whole audit log against the signed tree heads, trusting nothing in the database but what the
 * practice's key signed: every head's signature, every event's leaf (recomputed from its row and compared with the
 * leaf stored when it joined the log), the order of the leaves (each head's root recomputed from the events), and
 * that no event sits outside the log. Names the first event that does not match.
 */
@Component
public class LogVerifier {

    private static final HexFormat HEX = HexFormat.of();
    /** An event joins the log at the next run (every minute); one still outside it after this long was not written by the portal. */
    static final java.time.Duration JOIN_WITHIN = java.time.Duration.ofMinutes(10);
    /**
     * How far an event's own time may lie before the head signed just before it joined the log. Generous, because the
     * stored time is read here without the driver's zone conversion; a backdated insertion is usually days or more.
     */
    static final java.time.Duration BACKDATING_TOLERANCE = java.time.Duration.ofDays(1);

    private final JdbcTemplate jdbc;
    private final LogSigningKey key;
    private final VerifiableLog log;
    private final Clock clock;
    private final AuditEventRepository events;

    LogVerifier(JdbcTemplate jdbc, LogSigningKey key, VerifiableLog log, AuditEventRepository events, Clock clock) {
        this.events = events;
        this.jdbc = jdbc;
        this.key = key;
        this.log = log;
        this.clock = clock;
    }

    public LogCheck verify() {
        VerifiableLog.SignedHeads signed = log.signedHeads();
        List<TreeHead> heads = signed.inDatabase();
        for (TreeHead head : heads) {
            if (!head.keyId().equals(key.keyId()) || !LogSigningKey.verify(key.publicKey(),
                    head.signedText().getBytes(StandardCharsets.UTF_8), decode(head.signature()))) {
                return broken(0, heads.size(), "The tree head of " + head.issuedAt() + " (" + head.size()
                        + " events) is not signed by this practice's key");
            }
        }
        Map<Long, List<Long>> named = new HashMap<>();
        jdbc.query("select event_id, client_id from audit_event_client", row -> {
            named.computeIfAbsent(row.getLong(1), id -> new ArrayList<>()).add(row.getLong(2));
        });
        Walk walk = new Walk(heads);
        streaming().query("select l.leaf_index, l.event_id, l.leaf_hash, " + EventLeaf.COLUMNS
                + " from audit_leaf l left join audit_event e on e.id = l.event_id order by l.leaf_index", row -> {
                    if (walk.problem != null) {
                        return;
                    }
                    long index = row.getLong("leaf_index");
                    long eventId = row.getLong("event_id");
                    if (index != walk.frontier.size()) {
                        walk.problem = "Entry " + (walk.frontier.size() + 1) + " of the log is missing (the next one is entry "
                                + (index + 1) + ")";
                        return;
                    }
                    row.getObject("id");
                    if (row.wasNull()) {
                        walk.problem = "Audit event #" + eventId + " (entry " + (index + 1) + " of the log) was deleted";
                        return;
                    }
                    byte[] leaf = EventLeaf.hash(row, named.getOrDefault(eventId, List.of()));
                    if (!Arrays.equals(leaf, HEX.parseHex(row.getString("leaf_hash")))) {
                        walk.problem = "Audit event #" + eventId + " (entry " + (index + 1) + " of the log) was changed after it was written";
                        return;
                    }
                    java.time.LocalDateTime at = row.getObject("occurred_at", java.time.LocalDateTime.class);
                    java.time.Instant since = walk.lastHeadBefore();
                    if (since != null && at != null
                            && at.toInstant(java.time.ZoneOffset.UTC).isBefore(since.minus(BACKDATING_TOLERANCE))) {
                        walk.problem = "Audit event #" + eventId + " (entry " + (index + 1) + " of the log) says it "
                                + "happened long before the head signed at " + since + ", yet joined the log after it: it "
                                + "was put into the database later, with an earlier date";
                        return;
                    }
                    walk.add(leaf, eventId);
                });
        if (walk.problem == null) {
            walk.endOfLog();
        }
        if (walk.problem != null) {
            return broken(walk.frontier.size(), heads.size(), walk.problem);
        }
        // The heads in the database could have been cut back together with the log: the copy kept outside says.
        java.util.Optional<TreeHead> kept = signed.kept();
        if (kept.isPresent() && heads.stream().noneMatch(h -> h.size() == kept.get().size() && h.root().equals(kept.get().root()))) {
            return broken(walk.frontier.size(), heads.size(), "The head signed at " + kept.get().issuedAt() + " ("
                    + kept.get().size() + " entries), kept outside the database, is not in it: the log was rolled back "
                    + "or rewritten");
        }
        // An event that never joined the log, though a head was signed well after it was written: it was put into
        // the database by hand, since the portal adds every event within a minute or so.
        java.time.Instant lastHead = heads.isEmpty() ? null : heads.getLast().issuedAt();
        List<Long> outside = jdbc.queryForList("""
                select e.id from audit_event e
                where not exists (select 1 from audit_leaf l where l.event_id = e.id)
                order by e.id""", Long.class);
        for (long id : outside) {
            // Read as the portal wrote it (through the entity), so the time means the same on every database.
            java.time.Instant at = events.findById(id).map(AuditEvent::getOccurredAt).orElse(null);
            // Below the margin under the last event in the log, the log will never take it now.
            boolean stranded = walk.frontier.size() > 0 && id < walk.lastEventId - VerifiableLog.LATE_ID_MARGIN;
            boolean old = lastHead != null && at != null && at.isBefore(lastHead.minus(JOIN_WITHIN));
            boolean future = at != null && at.isAfter(clock.instant().plus(BACKDATING_TOLERANCE));
            if (stranded || old || future) {
                return broken(walk.frontier.size(), heads.size(), "Audit event #" + id + " is not in the log, and "
                        + (future ? "is dated in the future" : "was written before events that are") + ": it was put into "
                        + "the database directly");
            }
        }
        Optional<String> stamp = timeStampProblem(heads);
        if (stamp.isPresent()) {
            return broken(walk.frontier.size(), heads.size(), stamp.get());
        }
        return new LogCheck(true, walk.frontier.size(), heads.size(), outside.size(), 0, null, clock.instant());
    }

    /**
     * Whether every stored time-stamp vouches for the head it is stored with. Checked against the certificate each
     * token carries, not the pinned one: the pin decides which tokens are taken in, and tokens from an authority used
     * before a change of pin are still good evidence. Whoever relies on a token decides which authority they trust.
     */
    private Optional<String> timeStampProblem(List<TreeHead> heads) {
        Map<Long, TreeHead> bySize = new HashMap<>();
        heads.forEach(h -> bySize.put(h.size(), h));
        // The token column is a text large object: read as a string on every database (H2 would hand back a Clob).
        List<Optional<String>> problems = jdbc.query("select tree_size, token from tree_head_timestamp order by tree_size",
                (row, n) -> {
                    long size = row.getLong(1);
                    TreeHead head = bySize.get(size);
                    if (head == null) {
                        return Optional.of("A time-stamp is stored for a tree head of " + size
                                + " events that is not in the database");
                    }
                    return TimeStamps.problem(decode(row.getString(2)), head.signedText(), null)
                            .map(p -> "The time-stamp of the tree head signed at " + head.issuedAt() + " (" + head.size()
                                    + " events) does not match it: " + Character.toLowerCase(p.charAt(0)) + p.substring(1));
                });
        return problems.stream().flatMap(Optional::stream).findFirst();
    }

    /**
     * Each client's contact-attempt records as the log holds them: record number to hash. Trust it only after
     * {@link #verify()} found the log intact. A record logged twice (two nodes adopting old records at once) keeps
     * one entry; a record logged twice with two different hashes is itself a fault, given as hash "conflict".
     */
    public Map<Long, Map<Integer, String>> loggedEvidence() {
        return loggedEvidence(false);
    }

    /**
     * As {@link #loggedEvidence()}, only what signed heads already cover ({@code signedOnly}): rows a database
     * writer slipped in after the last head prove nothing until a head covers them.
     */
    public Map<Long, Map<Integer, String>> loggedEvidence(boolean signedOnly) {
        Long signed = jdbc.queryForObject("select max(tree_size) from tree_head", Long.class);
        Map<Long, Map<Integer, String>> logged = new HashMap<>();
        jdbc.query("""
                select e.id, e.client_id, e.action_text from audit_event e
                left join audit_leaf l on l.event_id = e.id
                where e.action = ? and (? = false or l.leaf_index < ?)""", row -> {
            String text = row.getString(3);
            int space = text == null ? -1 : text.indexOf(' ');
            if (space < 1 || !text.substring(0, space).matches("\\d{1,9}")) {
                throw new IllegalStateException("Audit event #" + row.getLong(1) + " should name a record and its hash, and does not");
            }
            int seq = Integer.parseInt(text.substring(0, space));
            String hash = text.substring(space + 1);
            logged.computeIfAbsent(row.getLong(2), id -> new HashMap<>())
                    .merge(seq, hash, (a, b) -> a.equals(b) ? a : "conflict");
        }, AuditAction.EvidenceRecord.CODE, signedOnly, signed == null ? 0 : signed);
        return logged;
    }

    /**
     * The clients whose record was erased, as the log itself says: their contact-attempt records were deleted on
     * purpose, by an approved erasure whose line is in the log, so their absence is not tampering.
     */
    public Set<Long> erasedClients() {
        return new HashSet<>(jdbc.queryForList("select client_id from audit_event where action = ? and client_id is not null",
                Long.class, AuditAction.Erasure.Step.CLIENT_ERASED.name()));
    }

    /**
     * For the walk over every event: MySQL's driver reads a whole result into memory unless asked to hand it over row
     * by row (a fetch size of Integer.MIN_VALUE), and a million events with every column do not belong in memory.
     */
    private JdbcTemplate streaming() {
        boolean mysql = Boolean.TRUE.equals(jdbc.execute((org.springframework.jdbc.core.ConnectionCallback<Boolean>) c -> {
            String product = c.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT);
            return product.contains("mysql") || product.contains("mariadb");
        }));
        if (!mysql) {
            return jdbc;
        }
        JdbcTemplate streaming = new JdbcTemplate(jdbc.getDataSource());
        streaming.setFetchSize(Integer.MIN_VALUE);
        return streaming;
    }

    private LogCheck broken(long events, long heads, String problem) {
        return new LogCheck(false, events, heads, 0, 0, problem, clock.instant());
    }

    private static byte[] decode(String base64) {
        try {
            return Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            return new byte[0];
        }
    }

    /** The leaves in log order, checked against each head as its size is reached. */
    private static final class Walk {
        final Frontier frontier = new Frontier();
        final List<TreeHead> heads;
        int nextHead;
        long lastEventId = Long.MIN_VALUE;
        String problem;

        Walk(List<TreeHead> heads) {
            this.heads = heads;
            checkHeadsAtCurrentSize();
        }

        /** When the head was signed that the next leaf comes after: it joined the log later than that. */
        java.time.Instant lastHeadBefore() {
            return nextHead == 0 ? null : heads.get(nextHead - 1).issuedAt();
        }

        void add(byte[] leaf, long eventId) {
            frontier.add(leaf);
            lastEventId = Math.max(lastEventId, eventId);
            checkHeadsAtCurrentSize();
        }

        private void checkHeadsAtCurrentSize() {
            while (problem == null && nextHead < heads.size() && heads.get(nextHead).size() == frontier.size()) {
                TreeHead head = heads.get(nextHead);
                if (!HEX.formatHex(frontier.root()).equals(head.root())) {
                    problem = "The log's first " + head.size() + " entries do not match the head signed at "
                            + head.issuedAt() + ": an entry after the head before it was changed, inserted, removed "
                            + "or moved (entries " + (nextHead == 0 ? 1 : heads.get(nextHead - 1).size() + 1) + " to "
                            + head.size() + ")";
                }
                nextHead++;
            }
        }

        void endOfLog() {
            if (nextHead < heads.size()) {
                TreeHead head = heads.get(nextHead);
                problem = "The log ends at entry " + frontier.size() + " but the head signed at " + head.issuedAt()
                        + " covers " + head.size() + ": entries were removed from its end";
            }
        }
    }
}
