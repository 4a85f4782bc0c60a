package org.holdfast.plans;

/** A plan was saved as a new version; {@code summary} names the parts that changed. */
public record PlanChanged(long planId, long clientId, int versionNo, String summary) {
}
