package org.holdfast.journal;

import java.time.Instant;

import org.holdfast.plans.Channel;

/** A contact-attempt record without sender or content, as {@link PatternRepository} reads it. */
record PatternAttemptRow(long id, int seq, Long correctsId, Instant occurredAt, Channel channel, int safety) {
}
