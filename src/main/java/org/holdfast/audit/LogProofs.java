package org.holdfast.audit;

import java.nio.charset.StandardCharsets;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.holdfast.security.AuditAction;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What an evidence pack carries from the log so that it can be checked without Holdfast: a signed head that covers
 * every record of the client, each record's inclusion proof against it, and the practice's signature over the
 * pack's own statement of what it holds.
 */
@Component
public class LogProofs {

    /** The first line of every pack statement: the key signs nothing else with this module's help. */
    public static final String PACK_STATEMENT = "holdfast-evidence-pack-v1\n";
    private static final HexFormat HEX = HexFormat.of();

    private final VerifiableLog log;
    private final JdbcTemplate jdbc;
    private final LogSigningKey key;
    private final TimeStamps timeStamps;

    LogProofs(VerifiableLog log, JdbcTemplate jdbc, LogSigningKey key, TimeStamps timeStamps) {
        this.timeStamps = timeStamps;
        this.log = log;
        this.jdbc = jdbc;
        this.key = key;
    }

    /**
     * A client's contact-attempt records as the log holds them, with a proof for each against a head signed now (so
     * that a record written a moment ago is covered too), time-stamped by the authority when one is set. Record number
     * to proof; the first logging of a record where it was logged twice.
     */
    public ClientProofs forClient(long clientId) {
        TreeHead head = log.sequenceAndSign().or(log::lastHead)
                .orElseThrow(() -> new IllegalStateException("The verifiable log has no signed head yet"));
        timeStamps.stampNewHeads();
        Map<Long, List<Long>> named = new HashMap<>();
        jdbc.query("""
                select c.event_id, c.client_id from audit_event_client c join audit_event e on e.id = c.event_id
                where e.action = ? and e.client_id = ?""", row -> {
            named.computeIfAbsent(row.getLong(1), id -> new ArrayList<>()).add(row.getLong(2));
        }, AuditAction.EvidenceRecord.CODE, clientId);
        Map<Integer, String> forms = new HashMap<>();
        Map<Integer, Integer> indexOf = new HashMap<>();
        jdbc.query("select l.leaf_index, " + EventLeaf.COLUMNS + " from audit_event e join audit_leaf l on l.event_id = e.id"
                + " where e.action = ? and e.client_id = ? and l.leaf_index < ? order by l.leaf_index", row -> {
                    String text = row.getString("action_text");
                    int seq = Integer.parseInt(text.substring(0, text.indexOf(' ')));
                    if (!forms.containsKey(seq)) {
                        forms.put(seq, EventLeaf.form(row, named.getOrDefault(row.getLong("id"), List.of())));
                        indexOf.put(seq, (int) row.getLong("leaf_index"));
                    }
                }, AuditAction.EvidenceRecord.CODE, clientId, head.size());
        Map<Integer, List<byte[]>> paths = log.inclusionProofs(head, indexOf.values());
        Map<Integer, InclusionProof> proofs = new HashMap<>();
        forms.forEach((seq, form) -> proofs.put(seq, new InclusionProof(indexOf.get(seq), head.size(), form,
                paths.get(indexOf.get(seq)).stream().map(HEX::formatHex).toList())));
        return new ClientProofs(head, proofs, timeStamps.tokenFor(head.size()).orElse(null));
    }

    /** The practice's signature (Base64) over an evidence pack's statement, which must start with {@link #PACK_STATEMENT}. */
    public String signPackStatement(String statement) {
        if (!statement.startsWith(PACK_STATEMENT)) {
            throw new IllegalArgumentException("Only an evidence pack's statement is signed here");
        }
        return Base64.getEncoder().encodeToString(key.sign(statement.getBytes(StandardCharsets.UTF_8)));
    }

    public PublicKey publicKey() {
        return key.publicKey();
    }

    /**
     * A client's records in the log and their proofs.
     *
     * @param head           the signed head every proof leads to
     * @param bySeq          record number to proof
     * @param timestampToken an RFC 3161 authority's token over the head (Base64 DER), or null
     */
    public record ClientProofs(TreeHead head, Map<Integer, InclusionProof> bySeq, String timestampToken) {
    }
}
