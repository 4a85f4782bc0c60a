package org.holdfast.journal;

import java.time.Instant;
import java.util.Set;

/** An urge as numbers: when, how strong (0 to 10, may be missing), how it went, what set it off. */
public record UrgePoint(Instant at, Integer strength, UrgeOutcome outcome, Set<Trigger> triggers) {

    public UrgePoint {
        triggers = Set.copyOf(triggers == null ? Set.of() : triggers);
    }
}
