package org.holdfast.security;

import java.time.Instant;

/**
 * Published whenever someone other than the client reads a client's content (a page, a PDF, an
 * export). The audit module records it; a read whose audit fails does not happen.
 *
 * @param actor username of the reader
 * @param actorName the reader's display name, kept with the audit row so that a client can be told
 *        plainly who looked ("Dr Elena Marsh") without the audit log reaching into accounts
 * @param actorRole the reader's role at the time of the read
 * @param clientId whose content was read
 * @param action what was read, e.g. {@link AuditAction.Read#SESSION_PREP_PDF}
 * @param reason why, where a reason is required (break-glass); may be null
 * @param detail what identifies what was read, such as a PDF's SHA-256; may be null
 */
public record ContentRead(String actor, String actorName, Role actorRole, long clientId, AuditAction action, String reason,
        Instant at, String detail) {

    public ContentRead(String actor, String actorName, Role actorRole, long clientId, AuditAction action, String reason,
            Instant at) {
        this(actor, actorName, actorRole, clientId, action, reason, at, null);
    }
}
