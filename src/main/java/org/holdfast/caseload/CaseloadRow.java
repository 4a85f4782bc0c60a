package org.holdfast.caseload;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.holdfast.clients.ClientStatus;
import org.holdfast.homework.HomeworkSummary;
import org.holdfast.insights.RiskFlag;
import org.holdfast.plans.PlanOverview;
import org.holdfast.safety.SafetyFlag;
import org.holdfast.shared.Words;

/**
 * One line of the caseload: a client with their plan progress, journal figures, sessions and risk flags
 * (most serious first). {@code safety} is null unless the client has said they do not feel safe and it is
 * not resolved yet.
 */
public record CaseloadRow(long clientId, String clientName, ClientStatus status, PlanOverview plan,
        LocalDate lastCheckIn, LocalDate lastSlip, long slipsLast14Days, HomeworkSummary homework, Instant nextSession,
        SafetyFlag safety, boolean journalShared, List<RiskFlag> flags, List<org.holdfast.measures.LatestMeasure> measures) {

    /** "PHQ-9 17 ↑ · WHO-5 40": the latest score of each questionnaire, an arrow for a reliable move. */
    public String measuresLabel() {
        return measures.stream().map(org.holdfast.measures.LatestMeasure::shortText)
                .collect(java.util.stream.Collectors.joining(" \u00b7 "));
    }

    public boolean feelsUnsafe() {
        return safety != null;
    }

    public String planProgress(LocalDate today) {
        if (status == ClientStatus.DISCHARGED) {
            return "Discharged";
        }
        return plan == null ? "No active plan" : plan.progressLabel(today);
    }

    /** "9/13 (2 overdue)"; "none due yet" before the first due day. */
    public String homeworkLabel() {
        if (homework == null || homework.dueSoFar() == 0) {
            return homework != null && homework.nextDue() != null ? "none due yet" : "";
        }
        String done = homework.done() + "/" + homework.dueSoFar();
        return homework.overdue() == 0 ? done : done + " (" + homework.overdue() + " overdue)";
    }

    /** Days since the last slip, or since the plan started when there was none; null without either. */
    public Long daysSinceLastSlip(LocalDate today) {
        LocalDate from = lastSlip != null ? lastSlip : plan == null ? null : plan.startDate();
        return from == null ? null : ChronoUnit.DAYS.between(from, today);
    }

    /** "today", "1 day", "12 days" since the last slip (or the plan's start); empty without either. */
    public String slipFree(LocalDate today) {
        Long days = daysSinceLastSlip(today);
        return days == null ? "" : days == 0 ? "today" : Words.count(days, "day", "days");
    }
}
