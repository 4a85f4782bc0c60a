package org.holdfast.journal;

import java.time.Instant;

import org.holdfast.plans.Channel;

/**
 * One record of a client's contact-attempt log exactly as written, with its place in the hash chain.
 * {@code correctsSeq} names the record a correction amends (null for an original).
 */
public record ContactLogRecord(int seq, Instant occurredAt, Instant recordedAt, Channel channel, String sender,
        boolean viaThirdParty, String content, boolean responded, int safety, Integer correctsSeq,
        String correctionReason, String prevHash, String hash) {

    public boolean isCorrection() {
        return correctsSeq != null;
    }
}
