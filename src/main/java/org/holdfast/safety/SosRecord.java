package org.holdfast.safety;

import java.time.Instant;

/** A finished urge support session. {@code strength} is 0 to 10, or null when the client did not say. */
public record SosRecord(long id, long clientId, Instant startedAt, Instant endedAt, SosOutcome outcome,
        Integer strength) {
}
