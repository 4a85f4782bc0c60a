package org.holdfast.insights;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.holdfast.clients.ClientService;
import org.holdfast.clients.ClientStatus;
import org.holdfast.clients.ClientSummary;
import org.holdfast.homework.HomeworkService;
import org.holdfast.homework.HomeworkSummary;
import org.holdfast.journal.JournalRollup;
import org.holdfast.journal.JournalRollups;
import org.holdfast.plans.PlanOverview;
import org.holdfast.plans.PlanService;
import org.holdfast.plans.UpcomingHighRiskDate;
import org.holdfast.safety.SafetyFlag;
import org.holdfast.safety.SafetyService;
import org.holdfast.security.AuditAction;
import org.holdfast.shared.Dates;
import org.holdfast.shared.Words;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The caseload's risk flags: who is slipping again, whose urges are rising, who has gone quiet, who
 * faces a hard date, whose contact attempts escalate, who said they do not feel safe, whose homework is
 * overdue, whose plan is due for review. Thresholds come from {@link RiskSettings}.
 * <p>
 * Set-based: for any number of clients, one call per module (each one or two aggregate queries), never
 * a loop over clients. Journal flags come only from what the client's consent shares (applied by
 * {@link JournalRollups}); safety, homework, plan and high-risk-date flags need no journal consent.
 * A discharged client has no flags.
 */
@Service
@Transactional(readOnly = true)
public class RiskFlags {

    private final ClientService clients;
    private final PlanService plans;
    private final HomeworkService homework;
    private final SafetyService safety;
    private final org.holdfast.measures.MeasureService measures;
    private final JournalRollups journal;
    private final RiskSettings settings;
    private final Clock clock;

    RiskFlags(ClientService clients, PlanService plans, HomeworkService homework, SafetyService safety,
            org.holdfast.measures.MeasureService measures, JournalRollups journal, RiskSettings settings, Clock clock) {
        this.measures = measures;
        this.clients = clients;
        this.plans = plans;
        this.homework = homework;
        this.safety = safety;
        this.journal = journal;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * The flags of each of these clients of the signed-in clinician, with the plan, homework and safety
     * figures they were drawn from. Not audited here: the caller audits what it shows (the caseload, per page).
     */
    @PreAuthorize("hasRole('CLINICIAN')")
    public Map<Long, ClientRisk> assess(Collection<ClientSummary> of) {
        if (of.isEmpty()) {
            return Map.of();
        }
        List<Long> ids = of.stream().map(ClientSummary::id).toList();
        RiskThresholds t = settings.current();
        LocalDate today = LocalDate.now(clock);
        Map<Long, PlanOverview> planByClient = plans.firstActivePlans(ids);
        Map<Long, HomeworkSummary> homeworkByClient = homework.summariesFor(ids);
        Map<Long, SafetyFlag> safetyByClient = safety.openSignals(ids);
        // Scores are shared by their nature: this flag, like the safety flag, never asks the journal's consent.
        Map<Long, List<org.holdfast.measures.LatestMeasure>> measuresByClient = measures.latestFor(ids);
        Map<Long, JournalRollup> journalByClient = journal.rollupsFor(ids, t.getSlipWindowDays(),
                t.getThreatSafetyAtOrBelow());
        Map<Long, List<UpcomingHighRiskDate>> datesByClient = plans.upcomingHighRiskDates(ids, t.getHighRiskDays())
                .stream().collect(Collectors.groupingBy(UpcomingHighRiskDate::clientId));

        Map<Long, ClientRisk> result = new LinkedHashMap<>();
        for (ClientSummary c : of) {
            long id = c.id();
            JournalRollup j = journalByClient.get(id);
            List<org.holdfast.measures.LatestMeasure> latest = measuresByClient.getOrDefault(id, List.of());
            List<RiskFlag> flags = c.status() == ClientStatus.DISCHARGED ? List.of()
                    : flags(t, today, planByClient.get(id), homeworkByClient.get(id), safetyByClient.get(id), j,
                            datesByClient.getOrDefault(id, List.of()), latest);
            result.put(id, new ClientRisk(id, planByClient.get(id), homeworkByClient.get(id), safetyByClient.get(id),
                    j != null && j.numbersShared(), flags, latest));
        }
        return result;
    }

    /** Flags only, for the same clients. */
    @PreAuthorize("hasRole('CLINICIAN')")
    public Map<Long, List<RiskFlag>> flagsFor(Collection<ClientSummary> of) {
        return assess(of).values().stream().collect(Collectors.toMap(ClientRisk::clientId, ClientRisk::flags));
    }

    /** One client's flags, most serious first, for their clinician. The read is audited. */
    @PreAuthorize("hasRole('CLINICIAN')")
    public List<RiskFlag> flagsFor(long clientId) {
        ClientSummary client = clients.readFor(clientId, AuditAction.Read.RISK_FLAGS);
        return assess(List.of(client)).get(clientId).flags();
    }

    private List<RiskFlag> flags(RiskThresholds t, LocalDate today, PlanOverview plan, HomeworkSummary hw,
            SafetyFlag signal, JournalRollup j, List<UpcomingHighRiskDate> dates,
            List<org.holdfast.measures.LatestMeasure> latest) {
        List<RiskFlag> flags = new ArrayList<>();
        List<org.holdfast.measures.LatestMeasure> worse = latest.stream().filter(org.holdfast.measures.LatestMeasure::reliablyWorse)
                .toList();
        if (!worse.isEmpty()) {
            LocalDate since = worse.stream().map(m -> LocalDate.ofInstant(m.completedAt(), clock.getZone()))
                    .min(Comparator.naturalOrder()).orElseThrow();
            flags.add(RiskFlag.of(RiskFlag.Kind.SCORES_WORSE, worse.stream().map(m -> m.instrument().shortName() + " "
                    + m.score() + " (" + m.band().toLowerCase() + ")").collect(Collectors.joining(", "))
                    + ": reliably worse than before", since));
        }
        if (signal != null) {
            LocalDate since = LocalDate.ofInstant(signal.since(), clock.getZone());
            flags.add(RiskFlag.of(RiskFlag.Kind.SAFETY_SIGNAL, "Said they don't feel safe "
                    + (signal.openSignals() > 1 ? signal.openSignals() + " times since " : "on ")
                    + Dates.formatWithWeekday(since) + ", not resolved yet", since));
        }
        if (j != null) {
            contact(t, j).ifPresent(flags::add);
            if (j.numbersShared()) {
                if (j.slips() >= t.getSlipsInWindow()) {
                    flags.add(RiskFlag.of(RiskFlag.Kind.SLIPPING, Words.count(j.slips(), "slip", "slips") + " since "
                            + Dates.formatWithWeekday(j.firstSlip()), j.firstSlip()));
                }
                // A hair of tolerance: 6.1 - 4.1 in doubles is a little under 2.0, and exactly 2.0 must flag.
                if (j.urgeMeanThisWeek() != null && j.urgeMeanWeekBefore() != null
                        && j.urgeMeanThisWeek() - j.urgeMeanWeekBefore() >= t.getUrgeRise().doubleValue() - 1e-9) {
                    flags.add(RiskFlag.of(RiskFlag.Kind.RISING_URGES, "Urge average " + oneDecimal(j.urgeMeanThisWeek())
                            + " in the last 7 days, " + oneDecimal(j.urgeMeanWeekBefore()) + " the 7 days before",
                            today.minusDays(6)));
                }
                goneQuiet(t, today, hw, j).ifPresent(flags::add);
            }
        }
        if (!dates.isEmpty()) {
            UpcomingHighRiskDate next = dates.getFirst();
            String when = next.date().equals(today) ? "today" : next.date().equals(today.plusDays(1)) ? "tomorrow"
                    : "on " + Dates.formatWithWeekday(next.date());
            flags.add(RiskFlag.of(RiskFlag.Kind.HIGH_RISK_DATE, next.label() + " " + when
                    + (dates.size() > 1 ? " (and " + (dates.size() - 1) + " more soon)" : ""), next.date()));
        }
        if (hw != null && hw.overdue() >= t.getHomeworkOverdue()) {
            flags.add(RiskFlag.of(RiskFlag.Kind.HOMEWORK_OVERDUE,
                    Words.count(hw.overdue(), "homework task", "homework tasks") + " overdue", null));
        }
        if (plan != null && plan.reviewDue(today)) {
            flags.add(RiskFlag.of(RiskFlag.Kind.REVIEW_DUE, plan.reviewDate().equals(today) ? "Plan review due today"
                    : "Plan review was due on " + Dates.formatWithWeekday(plan.reviewDate()), plan.reviewDate()));
        }
        flags.sort(Comparator.comparingInt(RiskFlag::severity).reversed());
        return List.copyOf(flags);
    }

    /**
     * Escalating: this week's attempts at least {@code escalationFactor} times the weekly mean of the four
     * weeks before, and at least {@code escalationMinimum} of them, so one attempt after a quiet month is
     * not escalation. Any attempt this week that left the client feeling this unsafe or less is a threat,
     * whatever the numbers (known only when the contact-attempt log is shared).
     */
    private static Optional<RiskFlag> contact(RiskThresholds t, JournalRollup j) {
        String threat = j.lowestSafety() == null ? null
                : "Contact on " + Dates.formatWithWeekday(j.lastThreat()) + " left them feeling " + j.lowestSafety()
                        + "/10 safe";
        double before = j.attemptsWeeklyMeanBefore();
        boolean escalating = j.attemptsShared() && j.attemptsThisWeek() >= t.getEscalationMinimum()
                && j.attemptsThisWeek() >= t.getEscalationFactor().doubleValue() * before;
        // "The last 7 days", not "this week": the flag looks at a rolling week, the insights chart at calendar weeks.
        String counts = Words.count(j.attemptsThisWeek(), "contact attempt", "contact attempts") + " in the last 7 days, "
                + oneDecimal(before) + " a week in the 4 weeks before";
        if (threat != null) {
            return Optional.of(new RiskFlag(RiskFlag.Kind.CONTACT_ESCALATING,
                    escalating ? threat + "; " + counts : threat, RiskFlag.THREAT_SEVERITY, j.lastThreat()));
        }
        return escalating ? Optional.of(RiskFlag.of(RiskFlag.Kind.CONTACT_ESCALATING, counts, null))
                : Optional.empty();
    }

    /**
     * Gone quiet: daily check-ins are assigned (a daily check-in homework running today, see
     * {@link HomeworkSummary#dailyCheckInsSince()}) and the last check-in is {@code quietDays} or more days
     * ago. Before the first check-in of the assignment, the day before it began counts as the last one.
     */
    private static Optional<RiskFlag> goneQuiet(RiskThresholds t, LocalDate today, HomeworkSummary hw,
            JournalRollup j) {
        if (hw == null || hw.dailyCheckInsSince() == null) {
            return Optional.empty();
        }
        LocalDate assignedFrom = hw.dailyCheckInsSince().minusDays(1);
        boolean checkedInSince = j.lastCheckIn() != null && !j.lastCheckIn().isBefore(hw.dailyCheckInsSince());
        LocalDate last = checkedInSince ? j.lastCheckIn() : assignedFrom;
        long days = ChronoUnit.DAYS.between(last, today);
        if (days < t.getQuietDays()) {
            return Optional.empty();
        }
        String reason;
        if (checkedInSince) {
            reason = "No check-in for " + days + " days (last on " + Dates.formatWithWeekday(last) + ")";
        } else if (j.lastCheckIn() != null) {
            reason = "No check-in since daily check-ins began on " + Dates.formatWithWeekday(hw.dailyCheckInsSince());
        } else if (days >= JournalRollups.LOOKBACK_DAYS) {
            reason = "No check-in in the last " + JournalRollups.LOOKBACK_DAYS / 7 + " weeks";
        } else {
            reason = "No check-in since daily check-ins began on " + Dates.formatWithWeekday(hw.dailyCheckInsSince());
        }
        return Optional.of(RiskFlag.of(RiskFlag.Kind.GONE_QUIET, reason, last));
    }

    private static String oneDecimal(double value) {
        return Dates.oneDecimal(value);
    }
}
