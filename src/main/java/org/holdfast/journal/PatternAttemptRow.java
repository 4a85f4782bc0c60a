package org.holdfast.journal;

import java.time.Instant;

import org.holdfast.plans.Channel;

/** A contact-attempt record without sender or content, as {@link PatternRepository} reads it. */
record PatternAttemptRow(long id, Long correctsId, Instant occurredAt, Channel channel, int safety) {
}
