package org.holdfast.journal;

import java.time.Instant;

import org.holdfast.plans.Channel;

/**
 * One contact attempt by the other person as it stands after any correction: when, through which
 * channel, and how safe the client felt (0 not safe at all, 10 completely safe).
 */
public record AttemptPoint(Instant at, Channel channel, int safety) {
}
