package org.holdfast.safety;

import java.time.Instant;

/** A client with unresolved "I don't feel safe" signals: how many, and since when. For the caseload. */
public record SafetyFlag(long clientId, long openSignals, Instant since) {
}
