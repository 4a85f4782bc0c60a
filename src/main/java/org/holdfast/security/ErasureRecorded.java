package org.holdfast.security;

import java.time.Instant;

/**
 * Published at each step of erasing a client's record; the audit module records it in the caller's transaction, so
 * that a record is never erased, nor a request made, without its line in the log.
 */
public record ErasureRecorded(String actor, String actorName, Role actorRole, long clientId, AuditAction.Erasure action,
        Instant at) {
}
