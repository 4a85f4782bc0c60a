package org.holdfast.plans;

import java.util.Set;

/** An old version, read-only, with the parts that changed in it compared to the version before. */
public record PlanVersionDetails(long planId, long clientId, PlanVersionSummary about, PlanSnapshot snapshot,
        Set<PlanPart> changed) {
}
