package org.holdfast.security;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

/**
 * The same as {@link ContentRead} for a set of clients read at once, such as a page of the caseload
 * with its journal figures: one event, one audit row naming every client on it.
 */
public record ContentReadBatch(String actor, String actorName, Role actorRole, List<Long> clientIds, AuditAction action,
        Instant at) {

    public ContentReadBatch(String actor, String actorName, Role actorRole, Collection<Long> clientIds, AuditAction action,
            Instant at) {
        this(actor, actorName, actorRole, List.copyOf(clientIds), action, at);
    }
}
