package org.holdfast.insights;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.holdfast.clients.RecordSection;
import org.holdfast.shared.Words;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A short list of topics for the next session, drawn from the client's risk flags and the patterns since
 * the last session: safety first, then what the journal shows, then the paperwork, and something to
 * acknowledge when the client is doing well. Suggestions, not a script: the clinician decides.
 * Built only from what the flags and insights already show, so it respects consent the same way.
 */
@Service
@Transactional(readOnly = true)
public class SuggestedAgenda {

    /** More than this and it stops being an agenda. */
    static final int MAX_ITEMS = 6;
    /** Slips "follow" contact when at least this share of them came within 24 hours after an attempt. */
    static final double AFTER_CONTACT_SHARE = 0.5;
    /** A weekday and hour pattern is worth a topic when the busiest 4 hours hold this share of the slips. */
    static final double CLOCK_SHARE = 0.6;
    static final int MIN_SLIPS_FOR_PATTERN = 3;
    static final int MIN_STREAK_TO_CELEBRATE = 7;
    public static final InsightsPeriod PATTERN_PERIOD = InsightsPeriod.DAYS_30;

    private final RiskFlags flags;
    private final InsightsService insights;

    SuggestedAgenda(RiskFlags flags, InsightsService insights) {
        this.flags = flags;
        this.insights = insights;
    }

    /**
     * The signed-in clinician's suggested agenda for this client's next session; the reads are audited.
     * Patterns are taken over {@link #PATTERN_PERIOD}, not only since the last session: a week rarely holds
     * enough slips to show when they happen, and a pattern that is a month old is still worth a session.
     */
    @PreAuthorize("hasRole('CLINICIAN')")
    public List<AgendaItem> forNextSession(long clientId) {
        return suggest(flags.flagsFor(clientId), insights.insights(clientId, PATTERN_PERIOD));
    }

    /** The agenda from flags and insights already read over {@link #PATTERN_PERIOD}. */
    public static List<AgendaItem> suggest(List<RiskFlag> flags, ClientInsights in) {
        long client = in.clientId();
        List<AgendaItem> items = new ArrayList<>();
        flag(flags, RiskFlag.Kind.SAFETY_SIGNAL).ifPresent(f -> items.add(
                new AgendaItem("Safety first: they said they don't feel safe", f.reason(), client, RecordSection.OVERVIEW)));
        flag(flags, RiskFlag.Kind.CONTACT_ESCALATING).ifPresent(f -> items.add(
                new AgendaItem("Contact from them is escalating: go over the safety steps and the log", f.reason(),
                        client, RecordSection.INSIGHTS)));
        AfterContact after = in.slipsAfterContact();
        if (after.shared() && after.slips() >= 2 && after.within24Hours() >= after.slips() * AFTER_CONTACT_SHARE) {
            items.add(new AgendaItem("Slips follow their contact: review blocking and a plan for when a message comes",
                    after.reading(), client, RecordSection.INSIGHTS));
        }
        Optional<RiskFlag> slipping = flag(flags, RiskFlag.Kind.SLIPPING);
        if (in.numbersShared() && clockPattern(in.slipClock())) {
            items.add(new AgendaItem("Slips come at the same times: plan for those hours", in.slipClock().reading(),
                    client, RecordSection.INSIGHTS));
        } else {
            slipping.ifPresent(f -> items.add(new AgendaItem("Slipping again: what made these days hard?", f.reason(),
                    client, RecordSection.INSIGHTS)));
        }
        flag(flags, RiskFlag.Kind.HIGH_RISK_DATE).ifPresent(f -> items.add(
                new AgendaItem(f.reason() + ": plan for it", nearDatesEvidence(in), client, RecordSection.PLAN)));
        flag(flags, RiskFlag.Kind.RISING_URGES).ifPresent(f -> items.add(
                new AgendaItem("Urges are rising: what has changed?", f.reason(), client, RecordSection.INSIGHTS)));
        topTrigger(in.numbersShared() ? in.slipsByTrigger() : Tally.NONE).ifPresent(trigger -> items.add(new AgendaItem(
                "Talk through \"" + trigger + "\", the most common trigger before a slip", in.slipsByTrigger().reading(),
                client, RecordSection.INSIGHTS)));
        flag(flags, RiskFlag.Kind.GONE_QUIET).ifPresent(f -> items.add(
                new AgendaItem("Check-ins stopped: ask gently how things are", f.reason(), client, RecordSection.JOURNAL)));
        flag(flags, RiskFlag.Kind.HOMEWORK_OVERDUE).ifPresent(f -> items.add(
                new AgendaItem("Homework: what got in the way?", f.reason(), client, RecordSection.HOMEWORK)));
        flag(flags, RiskFlag.Kind.REVIEW_DUE).ifPresent(f -> items.add(
                new AgendaItem("Review the plan together", f.reason(), client, RecordSection.PLAN)));
        StreakHistory streaks = in.streaks();
        if (in.numbersShared() && streaks.current() >= MIN_STREAK_TO_CELEBRATE && streaks.current() >= streaks.longest()) {
            items.add(new AgendaItem("Acknowledge " + Words.count(streaks.current(), "day", "days") + " without contact, the longest yet",
                    streaks.reading(), client, RecordSection.INSIGHTS));
        }
        return items.size() > MAX_ITEMS ? List.copyOf(items.subList(0, MAX_ITEMS)) : List.copyOf(items);
    }

    private static Optional<RiskFlag> flag(List<RiskFlag> flags, RiskFlag.Kind kind) {
        return flags.stream().filter(f -> f.kind() == kind).findFirst();
    }

    /** Enough slips, and most of them inside the same 4 hours of the day. */
    static boolean clockPattern(CrossTab slipClock) {
        if (slipClock.total() < MIN_SLIPS_FOR_PATTERN) {
            return false;
        }
        int[] hours = new int[24];
        for (int row = 0; row < slipClock.rows().size(); row++) {
            for (int hour = 0; hour < 24; hour++) {
                hours[hour] += (int) slipClock.cell(row, hour);
            }
        }
        int start = ClockCalculator.busiestWindow(hours);
        long inWindow = 0;
        for (int k = 0; k < ClockCalculator.CLOCK_WINDOW_HOURS; k++) {
            inWindow += hours[(start + k) % 24];
        }
        return inWindow >= slipClock.total() * CLOCK_SHARE;
    }

    /** The trigger named before at least two slips and more often than any other. */
    static Optional<String> topTrigger(Tally byTrigger) {
        List<Tally.Count> counts = byTrigger.counts();
        if (counts.isEmpty() || counts.getFirst().count() < 2
                || (counts.size() > 1 && counts.get(1).count() == counts.getFirst().count())) {
            return Optional.empty();
        }
        return Optional.of(counts.getFirst().label());
    }

    private static String nearDatesEvidence(ClientInsights in) {
        NearDates near = in.nearHighRiskDates();
        return near.urgesNear() + near.slipsNear() > 0 ? near.reading() : "A date the plan marks as hard.";
    }
}
