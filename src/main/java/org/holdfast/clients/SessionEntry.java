package org.holdfast.clients;

import java.time.Instant;

/**
 * A session as the clinician sees it, with the private note. Clients get {@link SessionDate},
 * which has no note field at all, so the note cannot leak through a view or an export.
 */
public record SessionEntry(long id, long clientId, Instant startsAt, int durationMinutes, SessionStatus status,
        String privateNote, long version) {

    static SessionEntry of(TherapySession s) {
        return new SessionEntry(s.getId(), s.getClientId(), s.getStartsAt(), s.getDurationMinutes(), s.getStatus(),
                s.getPrivateNote(), s.getVersion());
    }
}
