package org.holdfast.plans;

import java.time.Instant;

/** A line of a plan's history: version 3, saved by whom and when, and what changed. */
public record PlanVersionSummary(int versionNo, Instant changedAt, long changedBy, String changedByName,
        String summary) {
}
