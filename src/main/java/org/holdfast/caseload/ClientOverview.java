package org.holdfast.caseload;

import java.time.LocalDate;
import java.util.List;

import org.holdfast.clients.ClientSummary;
import org.holdfast.clients.SessionDates;
import org.holdfast.insights.AgendaItem;
import org.holdfast.insights.ScoreTimeline;
import org.holdfast.journal.CheckInEntry;
import org.holdfast.measures.MeasureScore;
import org.holdfast.plans.PlanOverview;
import org.holdfast.safety.SafetySignalSummary;

/**
 * Everything the client record's overview shows, read at once. What only the client's own clinician sees
 * is absent for a practice manager under break-glass: {@code sessions} is null, the agenda empty and
 * {@code awaitsActivation} false.
 *
 * @param today the client record's day, the last day of {@code checkIns}
 * @param checkIns the last {@link ClientOverviewService#CHECK_IN_DAYS} days, as the client's consent allows
 * @param scores every questionnaire score (shared by their nature), oldest first
 * @param scoreTimeline the scores over {@link ClientOverviewService#SCORE_PERIOD} beside slips, urges and contact
 *                      attempts (those as the client's consent allows); null without scores
 */
public record ClientOverview(ClientSummary client, LocalDate today, SessionDates sessions, boolean awaitsActivation,
        List<SafetySignalSummary> safetySignals, List<AgendaItem> agenda, List<PlanOverview> activePlans,
        List<CheckInEntry> checkIns, List<MeasureScore> scores, ScoreTimeline scoreTimeline) {
}
