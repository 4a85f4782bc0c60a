package org.holdfast.plans;

/** A plan as it stood at one version: what is stored in {@code plan_version.snapshot}. */
public record PlanSnapshot(PlanContent content, PlanStatus status, String statusReason) {
}
