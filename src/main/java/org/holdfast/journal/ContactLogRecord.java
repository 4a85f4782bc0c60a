package org.holdfast.journal;

import java.time.Instant;

import org.holdfast.plans.Channel;

/**
 * One record of a client's contact-attempt log exactly as written, with its place in the hash chain.
 * {@code correctsSeq} names the record a correction amends (null for an original); {@code correctsId} is the same
 * record's stored id, and with {@code submissionId} (the form's own id) is covered by the hash but never printed.
 */
public record ContactLogRecord(int seq, Instant occurredAt, Instant recordedAt, Channel channel, String sender,
        boolean viaThirdParty, String content, boolean responded, int safety, Integer correctsSeq,
        String correctionReason, String prevHash, String hash, String submissionId, Long correctsId) {

    /** The hash of this record's fields as they stand, for the client {@code clientId}: equal to {@link #hash} unless changed. */
    public String computedHash(long clientId) {
        return EvidenceChain.hash(clientId, seq, submissionId, occurredAt, recordedAt, channel.name(), sender, viaThirdParty,
                content, responded, safety, correctsId, correctionReason, prevHash);
    }

    public boolean isCorrection() {
        return correctsSeq != null;
    }
}
