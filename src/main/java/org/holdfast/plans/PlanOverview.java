package org.holdfast.plans;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Set;

import org.holdfast.shared.Dates;

/** A plan at a glance, as the caseload, the client's pages, the plan list and the reports show it. */
public record PlanOverview(long planId, long clientId, String personLabel, Relationship relationship,
        PlanPurpose purpose, LocalDate startDate, Integer initialPeriodDays, PlanStatus status,
        LocalDate reviewDate, String statusReason, RiskLevel riskLevel) {

    /** First words that put a label in the client's own voice. */
    private static final Set<String> OWN_VOICE = Set.of("my", "mine", "our", "me", "i", "i'm");

    static PlanOverview of(NoContactPlan plan) {
        return new PlanOverview(plan.getId(), plan.getClientId(), plan.getPersonLabel(), plan.getRelationship(),
                plan.getPurpose(), plan.getStartDate(), plan.getInitialPeriodDays(), plan.getStatus(),
                plan.getReviewDate(), plan.getStatusReason(), plan.getRiskLevel());
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

    /**
     * The person as a sentence to the clinician names them. The label is the client's own word for them: a
     * name or initial ("J.") reads well as it is, but one in the client's voice ("my ex", "our landlord")
     * would have the clinician read "my ex tried to make contact", so it is quoted after a neutral phrase:
     * the other person ("my ex").
     */
    public String personInSentence() {
        return personInSentence(personLabel);
    }

    /** {@link #personInSentence()} for a label on its own; a missing label is "the other person". */
    public static String personInSentence(String label) {
        if (label == null || label.isBlank()) {
            return "the other person";
        }
        String first = label.strip().split("\\s+")[0].toLowerCase(Locale.ENGLISH);
        return OWN_VOICE.contains(first) ? "the other person (\"" + label.strip() + "\")" : label.strip();
    }

    /** A review date that has come (today or earlier) on a plan that is still running. */
    public boolean reviewDue(LocalDate today) {
        return reviewDate != null && !reviewDate.isAfter(today)
                && (status == PlanStatus.ACTIVE || status == PlanStatus.PAUSED);
    }
}
