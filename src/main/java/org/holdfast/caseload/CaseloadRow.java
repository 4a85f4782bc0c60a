package org.holdfast.caseload;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import org.holdfast.clients.ClientStatus;
import org.holdfast.plans.PlanOverview;

/** One line of the caseload: a client with their plan progress, journal figures and sessions. */
public record CaseloadRow(long clientId, String clientName, ClientStatus status, PlanOverview plan,
        LocalDate lastCheckIn, LocalDate lastSlip, long slipsLast14Days, Instant nextSession) {

    public String planProgress(LocalDate today) {
        if (status == ClientStatus.DISCHARGED) {
            return "Discharged";
        }
        return plan == null ? "No active plan" : plan.progressLabel(today);
    }

    /** Days since the last slip, or since the plan started when there was none; null without either. */
    public Long daysSinceLastSlip(LocalDate today) {
        LocalDate from = lastSlip != null ? lastSlip : plan == null ? null : plan.startDate();
        return from == null ? null : ChronoUnit.DAYS.between(from, today);
    }
}
