package org.holdfast.audit;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.holdfast.security.AuditAction;

/**
 * That one event is in the log a signed head covers (RFC 9162, 2.1.3): the event's canonical form (the leaf's data),
 * its place, and the hashes on the way from it to the root. Anyone can check it with SHA-256 alone.
 *
 * @param leafIndex where the event sits in the log, from 0
 * @param treeSize  the size of the tree (the head) the path leads to
 * @param leaf      the event in its canonical form, whose leaf hash is SHA-256(0x00 || UTF-8 of it)
 * @param path      the audit path, lowest level first, hex
 */
public record InclusionProof(long leafIndex, long treeSize, String leaf, List<String> path) {

    /** Whether the path leads from this leaf to the head's root. */
    public boolean leadsTo(TreeHead head) {
        if (head.size() != treeSize || treeSize > Integer.MAX_VALUE || leaf == null || path == null) {
            return false;
        }
        try {
            HexFormat hex = HexFormat.of();
            return MerkleTree.verifyInclusion(MerkleTree.leafHash(leaf.getBytes(StandardCharsets.UTF_8)), (int) leafIndex,
                    (int) treeSize, path.stream().map(hex::parseHex).toList(), hex.parseHex(head.root()));
        } catch (IllegalArgumentException e) {
            return false; // a path or root that is not hex
        }
    }

    /** The contact-attempt record the event put into the log, when it is such an event: client, record number, hash. */
    public Optional<LoggedRecord> loggedRecord() {
        return EventLeaf.fields(leaf).flatMap(f -> {
            String clientId = f.get(5);
            String text = f.get(12);
            if (!AuditAction.EvidenceRecord.CODE.equals(f.get(6)) || clientId == null || text == null
                    || !clientId.matches("\\d{1,18}") || !text.matches("\\d{1,9} [0-9a-f]{64}")) {
                return Optional.empty();
            }
            String[] seqAndHash = text.split(" ");
            return Optional.of(new LoggedRecord(Long.parseLong(clientId), Integer.parseInt(seqAndHash[0]), seqAndHash[1]));
        });
    }

    /** A contact-attempt record as the log holds it. */
    public record LoggedRecord(long clientId, int seq, String hash) {
    }
}
