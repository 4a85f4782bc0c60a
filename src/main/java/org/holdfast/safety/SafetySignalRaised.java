package org.holdfast.safety;

import java.time.Instant;

/** A client said they do not feel safe. For whoever must react beyond the caseload flag (notifications, later). */
public record SafetySignalRaised(long signalId, long clientId, Instant at) {
}
