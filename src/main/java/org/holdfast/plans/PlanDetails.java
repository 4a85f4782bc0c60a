package org.holdfast.plans;

/**
 * A plan with its full content, as the editor and the client's page read it. {@code version} is what
 * an edit hands back on save, so that a save over someone else's newer one is refused.
 * {@code lastChange} is null for a plan saved before versions were kept.
 */
public record PlanDetails(PlanOverview overview, PlanContent content, long version, PlanVersionSummary lastChange) {

    public long planId() {
        return overview.planId();
    }

    public long clientId() {
        return overview.clientId();
    }

    public PlanStatus status() {
        return overview.status();
    }
}
