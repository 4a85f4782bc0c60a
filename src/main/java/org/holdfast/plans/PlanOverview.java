package org.holdfast.plans;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import org.holdfast.shared.Dates;

/** An active plan as the caseload, the client's pages and the reports show it. */
public record PlanOverview(long planId, long clientId, String personLabel, Relationship relationship,
        PlanPurpose purpose, LocalDate startDate, Integer initialPeriodDays, PlanStatus status) {

    static PlanOverview of(NoContactPlan plan) {
        return new PlanOverview(plan.getId(), plan.getClientId(), plan.getPersonLabel(), plan.getRelationship(),
                plan.getPurpose(), plan.getStartDate(), plan.getInitialPeriodDays(), plan.getStatus());
    }

    /** Day 1 is the start date itself; zero or less means the plan has not started yet. */
    public long dayOfPlan(LocalDate today) {
        return ChronoUnit.DAYS.between(startDate, today) + 1;
    }

    public boolean openEnded() {
        return initialPeriodDays == null;
    }

    /** "Day 12 of 60", "Day 75, open-ended", "Day 75 (past 60)", "Starts 3 Dec 2026". */
    public String progressLabel(LocalDate today) {
        long day = dayOfPlan(today);
        if (day < 1) {
            return "Starts " + Dates.format(startDate);
        }
        if (openEnded()) {
            return "Day " + day + ", open-ended";
        }
        if (day > initialPeriodDays) {
            return "Day " + day + " (past " + initialPeriodDays + ")";
        }
        return "Day " + day + " of " + initialPeriodDays;
    }

    /** "J. (ex-partner)". */
    public String personWithRelationship() {
        return personLabel + " (" + relationship.label().toLowerCase() + ")";
    }
}
