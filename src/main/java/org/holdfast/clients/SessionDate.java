package org.holdfast.clients;

import java.time.Instant;

/** A session date without anything the clinician wrote: what clients and reports may show. */
public record SessionDate(Instant startsAt, int durationMinutes, SessionStatus status) {

    static SessionDate of(TherapySession s) {
        return new SessionDate(s.getStartsAt(), s.getDurationMinutes(), s.getStatus());
    }
}
