package org.holdfast.insights;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.TreeSet;

import org.holdfast.journal.DayNumbers;
import org.holdfast.journal.JournalPattern;
import org.holdfast.journal.SlipPoint;
import org.holdfast.journal.Slips;
import org.holdfast.journal.UrgePoint;
import org.holdfast.plans.HighRiskDate;
import org.holdfast.plans.PlanOverview;
import org.holdfast.shared.Dates;

/**
 * The metrics of the insights page as plain calculations over consented journal numbers: no Spring, no
 * database, so every edge (time zones, daylight saving, a slip on day one) is testable in milliseconds.
 * Every hour, weekday and day is the client's local one, in {@link Inputs#zone()}. Each calculation (or
 * family of them) is a class of its own beside this one ({@link StreakCalculator}, {@link SlipTallyCalculator},
 * {@link ClockCalculator}, {@link TrendCalculator}, {@link UrgeOutcomeCalculator}, {@link AfterContactCalculator},
 * {@link NearDatesCalculator}, {@link PlanDayCalculator}, {@link AttemptCalculator}); this one gathers their
 * answers and holds what they share.
 */
final class InsightsCalculator {


    /**
     * What the calculation needs. {@code data} reaches back far enough for the plan's streaks and for the
     * four weeks before the period that escalation compares against; the period itself starts at
     * {@code fromInstant} (its first local day {@code from}) and ends at {@code now}. {@code escalation}
     * holds the practice's thresholds for escalating contact attempts.
     */
    record Inputs(long clientId, String clientName, InsightsPeriod period, String periodNote, ZoneId zone,
            LocalDate from, Instant fromInstant, Instant now, PlanOverview plan, List<HighRiskDate> highRiskDates,
            JournalPattern data, AttemptTrend.Escalation escalation) {

        LocalDate today() {
            return LocalDate.ofInstant(now, zone);
        }

        String person() {
            return plan == null ? "the other person" : plan.personInSentence();
        }

        String firstName() {
            return clientName.split(" ")[0];
        }
    }

    private InsightsCalculator() {
    }

    static ClientInsights of(Inputs in) {
        List<SlipPoint> slips = in.data().slips().stream().filter(s -> inPeriod(s.at(), in)).toList();
        List<UrgePoint> urges = in.data().urges().stream().filter(u -> inPeriod(u.at(), in)).toList();
        // Slips by the one definition (Slips): the forms, and the ticked check-ins with no form that day.
        List<LocalDate> ticked = in.data().checkIns().stream()
                .filter(c -> c.slipped() && !c.date().isBefore(in.from()) && !c.date().isAfter(in.today()))
                .map(DayNumbers::date).toList();
        long checkInSlips = Slips.tickedOnly(slips.stream().map(s -> day(s.at(), in.zone())).toList(), ticked).size();
        return new ClientInsights(in.clientId(), in.clientName(), in.period(), in.from(), in.today(), in.periodNote(),
                in.zone(), in.data().consent().level(), in.data().attemptsShared(), in.plan(),
                slips.size() + checkInSlips, checkInSlips, StreakCalculator.streaks(in),
                SlipTallyCalculator.byChannel(slips, checkInSlips), SlipTallyCalculator.byDirection(slips, checkInSlips),
                SlipTallyCalculator.byTrigger(slips, checkInSlips), SlipTallyCalculator.triggerByChannel(slips, checkInSlips),
                ClockCalculator.clock(urges.stream().map(UrgePoint::at).toList(), in.zone(), "urge", "urges"),
                ClockCalculator.clock(slips.stream().map(SlipPoint::at).toList(), in.zone(), "slip", "slips"),
                TrendCalculator.urgeStrength(in), TrendCalculator.mood(in), UrgeOutcomeCalculator.outcomes(urges, in),
                AfterContactCalculator.afterContact(slips, in), NearDatesCalculator.nearDates(slips, urges, in),
                PlanDayCalculator.planDays(urges, in), AttemptCalculator.attempts(in));
    }

    static boolean inPeriod(Instant at, Inputs in) {
        return !at.isBefore(in.fromInstant()) && !at.isAfter(in.now());
    }

    static LocalDate day(Instant at, ZoneId zone) {
        return LocalDate.ofInstant(at, zone);
    }

    // ---- shared by the calculations -----------------------------------------------------------------

    /** Slip days (see {@link Slips}): a slip form's local day, or a check-in ticked "made contact" (its own day). */
    static TreeSet<LocalDate> slipDays(Inputs in) {
        TreeSet<LocalDate> days = new TreeSet<>();
        in.data().slips().forEach(s -> days.add(day(s.at(), in.zone())));
        in.data().checkIns().stream().filter(DayNumbers::slipped).forEach(c -> days.add(c.date()));
        return days;
    }

    static String one(double value) {
        return Dates.oneDecimal(value);
    }

    static LocalDate monday(LocalDate d) {
        return d.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    // ---- words ----------------------------------------------------------------------------------------

    static String notShared(Inputs in) {
        return in.firstName() + " does not share journal numbers.";
    }
}
