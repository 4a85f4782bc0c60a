package org.holdfast.caseload;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.holdfast.clients.ClientService;
import org.holdfast.clients.ClientSummary;
import org.holdfast.clients.SessionService;
import org.holdfast.insights.ClientInsights;
import org.holdfast.insights.InsightsPeriod;
import org.holdfast.insights.InsightsReading;
import org.holdfast.insights.InsightsService;
import org.holdfast.insights.ScoreTimeline;
import org.holdfast.insights.SuggestedAgenda;
import org.holdfast.journal.JournalService;
import org.holdfast.measures.MeasureScore;
import org.holdfast.measures.MeasureService;
import org.holdfast.plans.PlanService;
import org.holdfast.safety.SafetyService;
import org.holdfast.security.CurrentUser;
import org.holdfast.security.Role;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The client record's overview in one call and one read-only transaction, so the page neither strings
 * together half a dozen services nor decides itself which of them a role may call. Each module's service
 * still checks access, applies consent and audits its own read.
 */
@Service
@Transactional(readOnly = true)
public class ClientOverviewService {

    public static final int CHECK_IN_DAYS = 30;
    public static final InsightsPeriod SCORE_PERIOD = InsightsPeriod.DAYS_90;

    private final ClientService clients;
    private final SessionService sessions;
    private final SafetyService safety;
    private final SuggestedAgenda agenda;
    private final PlanService plans;
    private final JournalService journal;
    private final MeasureService measures;
    private final InsightsService insights;
    private final CurrentUser currentUser;
    private final Clock clock;

    ClientOverviewService(ClientService clients, SessionService sessions, SafetyService safety, SuggestedAgenda agenda,
            PlanService plans, JournalService journal, MeasureService measures, InsightsService insights,
            CurrentUser currentUser, Clock clock) {
        this.clients = clients;
        this.sessions = sessions;
        this.safety = safety;
        this.agenda = agenda;
        this.plans = plans;
        this.journal = journal;
        this.measures = measures;
        this.insights = insights;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The client's own clinician, or a practice manager with a break-glass grant for this client. */
    @PreAuthorize("hasAnyRole('CLINICIAN', 'ADMIN')")
    public ClientOverview overview(long clientId) {
        // Refuses a client who is not on this clinician's caseload (or not under this manager's grant)
        ClientSummary client = clients.requireReadable(clientId);
        LocalDate today = LocalDate.now(clock);
        boolean clinician = currentUser.is(Role.CLINICIAN);
        List<MeasureScore> scores = measures.scoresFor(clientId);
        return new ClientOverview(client, today,
                clinician ? sessions.datesOf(clientId) : null,
                clinician && clients.awaitsActivation(clientId),
                safety.signals(clientId),
                clinician && !client.discharged() ? agenda.forNextSession(clientId) : List.of(),
                plans.activePlans(clientId),
                journal.checkIns(clientId, today.minusDays(CHECK_IN_DAYS - 1L), today),
                scores, scores.isEmpty() ? null : scoreTimeline(clientId, scores));
    }

    /** The scores on the same days as the slips, urges and contact attempts the client's sharing lets through. */
    private ScoreTimeline scoreTimeline(long clientId, List<MeasureScore> scores) {
        InsightsReading reading = insights.insights(clientId, new InsightsPeriod[] { SCORE_PERIOD });
        ClientInsights shown = reading.of(SCORE_PERIOD);
        return ScoreTimeline.of(shown.from(), shown.to(), shown.zone(), reading.data(), scores);
    }
}
