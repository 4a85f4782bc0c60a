package org.holdfast.journal;

import java.time.Instant;
import java.util.Set;

import org.holdfast.plans.Channel;

/** An urge or a slip without its words, as {@link PatternRepository} reads it. */
record PatternEntryRow(EntryType kind, Instant occurredAt, Integer strength, UrgeOutcome outcome, Channel channel,
        SlipDirection direction, Set<Trigger> triggers) {
}
