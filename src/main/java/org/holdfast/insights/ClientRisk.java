package org.holdfast.insights;

import java.util.Comparator;
import java.util.List;

import org.holdfast.homework.HomeworkSummary;
import org.holdfast.plans.PlanOverview;
import org.holdfast.safety.SafetyFlag;

/**
 * A client's risk flags, most serious first, and the facts they were drawn from, for a page that shows
 * those facts too (the caseload), so it need not read them a second time. {@code journalShared} is false
 * when the client shares nothing of their journal; {@code plan}, {@code homework} and {@code safety} may
 * be null; {@code measures} holds the latest score of each questionnaire the client answered.
 */
public record ClientRisk(long clientId, PlanOverview plan, HomeworkSummary homework, SafetyFlag safety,
        boolean journalShared, List<RiskFlag> flags, List<org.holdfast.measures.LatestMeasure> measures) {

    /** Most serious flag first, then the number of flags: who needs the clinician first sorts first. */
    public static final Comparator<List<RiskFlag>> MOST_ATTENTION_FIRST = Comparator
            .comparingInt((List<RiskFlag> flags) -> flags.isEmpty() ? 0 : flags.getFirst().severity())
            .thenComparingInt(List::size).reversed();
}
