package org.holdfast.plans;

import java.util.EnumSet;
import java.util.Set;

public enum PlanStatus {
    DRAFT("Draft"),
    ACTIVE("Active"),
    PAUSED("Paused"),
    COMPLETED("Completed"),
    ENDED("Ended");

    private final String label;

    PlanStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Pausing, completing or ending a plan is a clinical decision the record should explain. */
    public boolean needsReason() {
        return this == PAUSED || this == COMPLETED || this == ENDED;
    }

    /** What the client sees: never a draft, which is still being agreed. */
    public boolean visibleToClient() {
        return this == ACTIVE || this == PAUSED;
    }

    /**
     * Where a plan can go from here. Nothing returns to draft: once a plan has been shared with the
     * client, it has been agreed. A completed or ended plan may be taken up again.
     */
    public Set<PlanStatus> next() {
        return switch (this) {
            case DRAFT -> EnumSet.of(ACTIVE, ENDED);
            case ACTIVE -> EnumSet.of(PAUSED, COMPLETED, ENDED);
            case PAUSED -> EnumSet.of(ACTIVE, COMPLETED, ENDED);
            case COMPLETED, ENDED -> EnumSet.of(ACTIVE);
        };
    }
}
