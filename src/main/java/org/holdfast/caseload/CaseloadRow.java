package org.holdfast.caseload;

import java.time.LocalDate;

import org.holdfast.plans.PlanOverview;

/** One line of the caseload: a client with their plan progress and recent check-in figures. */
public record CaseloadRow(long clientId, String clientName, PlanOverview plan, LocalDate lastCheckIn,
        long slipsLast14Days) {

    public String planProgress(LocalDate today) {
        return plan == null ? "No active plan" : plan.progressLabel(today);
    }
}
