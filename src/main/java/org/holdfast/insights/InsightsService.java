package org.holdfast.insights;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;

import org.holdfast.clients.ClientService;
import org.holdfast.clients.ClientSummary;
import org.holdfast.clients.SessionDates;
import org.holdfast.clients.SessionService;
import org.holdfast.journal.JournalPattern;
import org.holdfast.journal.JournalPatterns;
import org.holdfast.plans.HighRiskDate;
import org.holdfast.plans.PlanOverview;
import org.holdfast.plans.PlanService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * A client's patterns for their clinician: streaks, when and how slips happen, urges, mood, and the other
 * person's contact attempts, over a chosen period. Reads only what the client's consent allows (the
 * journal's queries apply it) and the read is audited like any other.
 */
@Service
public class InsightsService {

    /** Escalation compares a week with the 4 before it, so the data reach back that far before the period's first week. */
    static final int LOOKBACK_DAYS = 28;

    private final ClientService clients;
    private final SessionService sessions;
    private final PlanService plans;
    private final JournalPatterns journal;
    private final RiskSettings settings;
    private final Clock clock;

    InsightsService(ClientService clients, SessionService sessions, PlanService plans, JournalPatterns journal,
            RiskSettings settings, Clock clock) {
        this.clients = clients;
        this.sessions = sessions;
        this.plans = plans;
        this.journal = journal;
        this.settings = settings;
        this.clock = clock;
    }

    @PreAuthorize("hasAnyRole('CLINICIAN', 'ADMIN')")
    public ClientInsights insights(long clientId, InsightsPeriod period) {
        ClientSummary client = clients.requireReadable(clientId);
        ZoneId zone = clients.zoneOf(clientId);
        Instant now = Instant.now(clock);
        LocalDate today = LocalDate.ofInstant(now, zone);
        PlanOverview plan = plans.activePlans(clientId).stream().findFirst().orElse(null);
        List<HighRiskDate> dates = plan == null ? List.of()
                : plans.plan(plan.planId()).content().getHighRiskDates();

        String note = null;
        Instant fromInstant;
        switch (period) {
            case SINCE_LAST_SESSION -> {
                SessionDates s = sessions.datesOf(clientId);
                if (s.lastHeld() == null) {
                    note = "No session held yet: showing the last 30 days.";
                    fromInstant = daysBack(today, 30, zone);
                } else {
                    fromInstant = s.lastHeld();
                }
            }
            case DAYS_90 -> fromInstant = daysBack(today, 90, zone);
            case PLAN -> {
                if (plan == null || plan.startDate().isAfter(today)) {
                    note = "No plan has started yet: showing the last 90 days.";
                    fromInstant = daysBack(today, 90, zone);
                } else {
                    fromInstant = plan.startDate().atStartOfDay(zone).toInstant();
                }
            }
            default -> fromInstant = daysBack(today, 30, zone);
        }
        LocalDate from = LocalDate.ofInstant(fromInstant, zone);
        // The first week shown starts on the Monday on or before the period; its 4 weeks before start 28 days earlier.
        LocalDate firstMonday = from.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        Instant reach = firstMonday.minusDays(LOOKBACK_DAYS).atStartOfDay(zone).toInstant();
        if (plan != null && plan.startDate().atStartOfDay(zone).toInstant().isBefore(reach)) {
            reach = plan.startDate().atStartOfDay(zone).toInstant();
        }
        JournalPattern data = journal.since(clientId, reach, fromInstant, zone, "Insights (" + period.label().toLowerCase() + ")");
        return InsightsCalculator.of(new InsightsCalculator.Inputs(clientId, client.displayName(), period, note, zone,
                from, fromInstant, now, plan, dates, data, AttemptTrend.Escalation.of(settings.current())));
    }

    /** The period's first day is today minus days + 1: "30 days" is today and the 29 before it. */
    private static Instant daysBack(LocalDate today, int days, ZoneId zone) {
        return today.minusDays(days - 1L).atStartOfDay(zone).toInstant();
    }
}
