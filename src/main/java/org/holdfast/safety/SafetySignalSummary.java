package org.holdfast.safety;

import java.time.Instant;

/** A safety signal as the client and the clinician see it; {@code resolvedBy} is a display name. */
public record SafetySignalSummary(long id, long clientId, Instant raisedAt, String note, Instant resolvedAt,
        String resolvedBy, String resolutionNote) {

    public boolean open() {
        return resolvedAt == null;
    }
}
