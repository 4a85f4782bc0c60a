package org.holdfast.audit;

import org.holdfast.shared.Dates;
import java.time.Instant;

/**
 * One line of "who looked at my journal", as the client reads it: a person and a role, never a
 * username; what they did, in plain words that follow their name ("looked at your plan", see
 * {@link AuditWords#forClient}); and the reason when the practice manager had to break the glass.
 */
public record ContentAccess(Instant at, String who, String role, String what, String reason) {

    static ContentAccess of(AuditEvent event) {
        return new ContentAccess(event.getOccurredAt(), event.readerName(), event.readerRole(),
                AuditWords.forClient(event.action()), event.getReason());
    }
}
