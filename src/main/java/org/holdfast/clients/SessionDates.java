package org.holdfast.clients;

import java.time.Instant;

/** The last held session and the next scheduled one of a client: "since the last session". */
public record SessionDates(long clientId, Instant lastHeld, Instant nextScheduled) {

    public static SessionDates none(long clientId) {
        return new SessionDates(clientId, null, null);
    }
}
