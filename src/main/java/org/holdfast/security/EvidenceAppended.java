package org.holdfast.security;

import java.time.Instant;

/**
 * Published, inside the transaction that stores it, when a record is added to a client's contact-attempt log; the
 * audit module adds its hash to the verifiable log in the same transaction, so a record is never stored without it.
 */
public record EvidenceAppended(String actor, String actorName, Role actorRole, long clientId, int seq, String hash,
        Instant at) {
}
