package org.holdfast.insights;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.holdfast.clients.ClientService;
import org.holdfast.clients.ClientSummary;
import org.holdfast.clients.SessionDates;
import org.holdfast.clients.SessionService;
import org.holdfast.journal.AttemptPoint;
import org.holdfast.journal.JournalPattern;
import org.holdfast.journal.JournalPatterns;
import org.holdfast.plans.HighRiskDate;
import org.holdfast.plans.PlanOverview;
import org.holdfast.plans.PlanService;
import org.holdfast.security.AuditAction;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A client's patterns for their clinician: streaks, when and how slips happen, urges, mood, and the other
 * person's contact attempts, over a chosen period. Reads only what the client's consent allows (the
 * journal's queries apply it) and the read is audited like any other.
 */
@Service
@Transactional(readOnly = true)
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
        return read(clientId, List.of(period)).of(period);
    }

    /**
     * Several periods at once, from one read (and one audit row) of the journal reaching back as far as the
     * earliest of them needs: the session prep shows the period since the last session and the agenda's own.
     * Each period is calculated from exactly the data its single read would have returned.
     */
    @PreAuthorize("hasAnyRole('CLINICIAN', 'ADMIN')")
    public InsightsReading insights(long clientId, InsightsPeriod... periods) {
        return read(clientId, List.of(periods).stream().distinct().toList());
    }

    private InsightsReading read(long clientId, List<InsightsPeriod> periods) {
        ClientSummary client = clients.requireReadable(clientId);
        ZoneId zone = clients.zoneOf(clientId);
        Instant now = Instant.now(clock);
        LocalDate today = LocalDate.ofInstant(now, zone);
        PlanOverview plan = plans.activePlans(clientId).stream().findFirst().orElse(null);
        List<HighRiskDate> dates = plan == null ? List.of()
                : plans.plan(plan.planId()).content().getHighRiskDates();
        SessionDates sessionDates = periods.contains(InsightsPeriod.SINCE_LAST_SESSION) ? sessions.datesOf(clientId) : null;

        AttemptTrend.Escalation escalation = AttemptTrend.Escalation.of(settings.current());
        List<Span> spans = periods.stream().map(p -> span(p, plan, sessionDates, today, zone)).toList();
        Span widest = spans.stream().min(java.util.Comparator.comparing(Span::reach)).orElseThrow();
        Instant earliest = widest.reach();
        JournalPattern data = journal.since(clientId, earliest, widest.fromInstant(), zone, new AuditAction.Insights(periods.stream()
                .map(p -> p.label().toLowerCase()).collect(Collectors.joining("; "))));
        Map<InsightsPeriod, ClientInsights> byPeriod = new EnumMap<>(InsightsPeriod.class);
        for (Span span : spans) {
            JournalPattern own = span.reach().equals(earliest) ? data
                    // A private log's attempt count is counted in the database from the period's own reach.
                    : data.numbersShared() && !data.attemptsShared()
                            ? journal.since(clientId, span.reach(), span.fromInstant(), zone,
                                    new AuditAction.Insights(span.period().label().toLowerCase()))
                            : from(data, span.reach(), zone);
            byPeriod.put(span.period(), InsightsCalculator.of(new InsightsCalculator.Inputs(clientId, client.displayName(),
                    span.period(), span.note(), zone, LocalDate.ofInstant(span.fromInstant(), zone), span.fromInstant(), now,
                    plan, dates, own, escalation)));
        }
        return new InsightsReading(byPeriod, data);
    }

    /** A period's start, the note that explains a fallback, and how far back its data must reach. */
    private record Span(InsightsPeriod period, String note, Instant fromInstant, Instant reach) {
    }

    private static Span span(InsightsPeriod period, PlanOverview plan, SessionDates sessionDates, LocalDate today,
            ZoneId zone) {
        String note = null;
        Instant fromInstant;
        switch (period) {
            case SINCE_LAST_SESSION -> {
                if (sessionDates.lastHeld() == null) {
                    note = "No session held yet: showing the last 30 days.";
                    fromInstant = daysBack(today, 30, zone);
                } else {
                    fromInstant = sessionDates.lastHeld();
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
        // The first week shown starts on the Monday on or before the period; its 4 weeks before start 28 days earlier.
        LocalDate firstMonday = LocalDate.ofInstant(fromInstant, zone).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        Instant reach = firstMonday.minusDays(LOOKBACK_DAYS).atStartOfDay(zone).toInstant();
        if (plan != null && plan.startDate().atStartOfDay(zone).toInstant().isBefore(reach)) {
            reach = plan.startDate().atStartOfDay(zone).toInstant();
        }
        return new Span(period, note, fromInstant, reach);
    }

    /** The part of a longer read that a read from {@code reach} returns: the same bounds as JournalPatterns' queries. */
    static JournalPattern from(JournalPattern data, Instant reach, ZoneId zone) {
        LocalDate firstDay = LocalDate.ofInstant(reach, zone);
        List<AttemptPoint> attempts = data.attempts().stream().filter(a -> !a.at().isBefore(reach)).toList();
        return new JournalPattern(data.consent(), reach,
                data.urges().stream().filter(u -> !u.at().isBefore(reach)).toList(),
                data.slips().stream().filter(s -> !s.at().isBefore(reach)).toList(),
                data.checkIns().stream().filter(c -> !c.date().isBefore(firstDay)).toList(),
                attempts, data.attemptsShared() ? attempts.size() : data.attemptCount());
    }

    /** The period's first day is today minus days + 1: "30 days" is today and the 29 before it. */
    private static Instant daysBack(LocalDate today, int days, ZoneId zone) {
        return today.minusDays(days - 1L).atStartOfDay(zone).toInstant();
    }
}
