package org.holdfast.journal;

import java.time.Instant;

import org.holdfast.plans.Channel;

/** A client logged a slip (not contact inside a plan exception). */
public record SlipRecorded(long clientId, long entryId, Instant occurredAt, Channel channel) {
}
