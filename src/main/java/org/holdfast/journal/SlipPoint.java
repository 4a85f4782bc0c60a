package org.holdfast.journal;

import java.time.Instant;
import java.util.Set;

import org.holdfast.plans.Channel;

/** A slip logged with the slip form, as numbers: when, which channel, who started it, what set it off. */
public record SlipPoint(Instant at, Channel channel, SlipDirection direction, Set<Trigger> triggers) {

    public SlipPoint {
        triggers = Set.copyOf(triggers == null ? Set.of() : triggers);
    }
}
