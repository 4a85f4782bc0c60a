package org.holdfast.plans;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A plan's new status and, for pausing, completing or ending it, why. */
public record StatusChange(
        @NotNull(message = "Choose the plan's new status") PlanStatus status,
        @Size(max = NoContactPlan.STATUS_REASON_MAX, message = "Keep the reason to 500 characters or fewer") String reason) {

    @AssertTrue(message = "Say why the plan is paused, completed or ended; it helps when the plan is read later")
    public boolean isReasonGivenWhereNeeded() {
        return status == null || !status.needsReason() || (reason != null && !reason.isBlank());
    }
}
