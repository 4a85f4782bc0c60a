package org.holdfast.journal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/**
 * The hash chain over a client's contact attempts. Each record's hash covers its canonical content and
 * the previous record's hash, so changing or removing any record breaks every hash after it; the chain
 * head (last seq and hash) catches the removal of the newest record too.
 *
 * <p>Canonical form: every field as {@code length:value;} in a fixed order, instants as epoch
 * microseconds (the records hold whole seconds, see ContactAttempt), so no value can be shifted into its neighbour and the hash
 * does not depend on a time zone or a driver's formatting.
 */
final class EvidenceChain {

    private EvidenceChain() {
    }

    static String hash(ContactAttempt a) {
        return hash(a.getClientId(), a.getSeq(), a.getSubmissionId(), a.getOccurredAt(), a.getReceivedAt(),
                a.getChannel().name(), a.getSender(), a.isViaThirdParty(), a.getContent(), a.isResponded(), a.getSafety(),
                a.getCorrectsId(), a.getCorrectionReason(), a.getPrevHash());
    }

    /** The hash of a record from its fields: what a copy of the record (in an evidence pack, say) is checked with. */
    static String hash(long clientId, int seq, String submissionId, Instant occurredAt, Instant receivedAt, String channel,
            String sender, boolean viaThirdParty, String content, boolean responded, int safety, Long correctsId,
            String correctionReason, String prevHash) {
        StringBuilder canonical = new StringBuilder("holdfast-contact-attempt-v1;");
        field(canonical, clientId);
        field(canonical, seq);
        field(canonical, submissionId);
        field(canonical, micros(occurredAt));
        field(canonical, micros(receivedAt));
        field(canonical, channel);
        field(canonical, sender);
        field(canonical, viaThirdParty);
        field(canonical, content);
        field(canonical, responded);
        field(canonical, safety);
        field(canonical, correctsId);
        field(canonical, correctionReason);
        field(canonical, prevHash);
        return sha256(canonical.toString());
    }

    /** Checks a client's records in seq order against each other and against the head. */
    static ChainVerification verify(long clientId, List<ContactAttempt> inSeqOrder, ContactAttemptHead head) {
        String previous = null;
        int expectedSeq = 1;
        for (ContactAttempt a : inSeqOrder) {
            if (a.getSeq() != expectedSeq) {
                return ChainVerification.broken(clientId, inSeqOrder.size(), expectedSeq,
                        "Record " + expectedSeq + " is missing (the next one found is " + a.getSeq() + ")");
            }
            if (!Objects.equals(previous, a.getPrevHash())) {
                return ChainVerification.broken(clientId, inSeqOrder.size(), a.getSeq(),
                        "Record " + a.getSeq() + " does not follow on from the record before it");
            }
            if (!hash(a).equals(a.getHash())) {
                return ChainVerification.broken(clientId, inSeqOrder.size(), a.getSeq(),
                        "Record " + a.getSeq() + " was changed after it was written");
            }
            previous = a.getHash();
            expectedSeq++;
        }
        int last = expectedSeq - 1;
        int headSeq = head == null ? 0 : head.getLastSeq();
        if (headSeq != last || (last > 0 && !head.getLastHash().equals(previous))) {
            return ChainVerification.broken(clientId, inSeqOrder.size(), last + 1,
                    "The log ends at record " + last + " but " + headSeq + " were written");
        }
        return ChainVerification.intact(clientId, inSeqOrder.size());
    }

    private static Long micros(Instant instant) {
        return instant == null ? null : ChronoUnit.MICROS.between(Instant.EPOCH, instant);
    }

    private static void field(StringBuilder out, Object value) {
        if (value == null) {
            out.append("-;");
            return;
        }
        String text = value.toString();
        out.append(text.length()).append(':').append(text).append(';');
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
