package org.holdfast.plans;

import java.time.Instant;

/**
 * Someone saved the plan after the editor loaded it. The save is refused so that neither person's
 * work silently overwrites the other's; the message says who saved and when.
 */
public class PlanConflictException extends RuntimeException {

    private final String savedBy;
    private final Instant savedAt;

    PlanConflictException(String message, String savedBy, Instant savedAt) {
        super(message);
        this.savedBy = savedBy;
        this.savedAt = savedAt;
    }

    /** Who saved in between, or null if the two saves crossed at the same moment. */
    public String savedBy() {
        return savedBy;
    }

    public Instant savedAt() {
        return savedAt;
    }
}
