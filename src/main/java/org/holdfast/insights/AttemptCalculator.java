package org.holdfast.insights;

import org.holdfast.shared.Dates;
import static org.holdfast.insights.InsightsCalculator.day;
import static org.holdfast.insights.InsightsCalculator.inPeriod;
import static org.holdfast.insights.InsightsCalculator.monday;
import static org.holdfast.insights.InsightsCalculator.one;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.holdfast.insights.InsightsCalculator.Inputs;
import org.holdfast.journal.AttemptPoint;
import org.holdfast.plans.Channel;
import org.holdfast.shared.Dates;
import org.holdfast.shared.Words;

/**
 * The other person's contact attempts per calendar week, with escalation marked.
 * Part of {@link InsightsCalculator}: plain code, every day and hour the client's own.
 */
final class AttemptCalculator {

    private AttemptCalculator() {
    }

    static AttemptTrend attempts(Inputs in) {
        if (!in.data().attemptsShared()) {
            String reading = in.data().numbersShared()
                    ? "The contact-attempt log is private; " + in.firstName() + " logged "
                            + Words.count(in.data().attemptCount(), "attempt", "attempts") + " since "
                            + Dates.dayAndMonth(in.from()) + "."
                    : "The contact-attempt log is private.";
            return new AttemptTrend(false, List.of(), in.data().attemptCount(), reading);
        }
        Map<LocalDate, Map<Channel, Long>> byWeek = new TreeMap<>();
        Map<LocalDate, Integer> lowestSafety = new TreeMap<>();
        for (AttemptPoint a : in.data().attempts()) {
            LocalDate m = monday(day(a.at(), in.zone()));
            byWeek.computeIfAbsent(m, x -> new EnumMap<>(Channel.class)).merge(a.channel(), 1L, Long::sum);
            lowestSafety.merge(m, a.safety(), Math::min);
        }
        List<AttemptTrend.Week> weeks = new ArrayList<>();
        for (LocalDate m = monday(in.from()); !m.isAfter(in.today()); m = m.plusWeeks(1)) {
            Map<Channel, Long> counts = byWeek.getOrDefault(m, Map.of());
            long n = counts.values().stream().mapToLong(Long::longValue).sum();
            double before = 0;
            for (int k = 1; k <= 4; k++) {
                before += byWeek.getOrDefault(m.minusWeeks(k), Map.of()).values().stream().mapToLong(Long::longValue).sum();
            }
            double meanBefore = before / 4;
            boolean threat = in.escalation().threat(lowestSafety.getOrDefault(m, Integer.MAX_VALUE));
            boolean escalating = threat || in.escalation().escalating(n, meanBefore);
            weeks.add(new AttemptTrend.Week(m, counts, escalating, threat));
        }
        long total = in.data().attempts().stream().filter(a -> inPeriod(a.at(), in)).count();
        String reading;
        if (total == 0) {
            reading = "No contact attempts by " + in.person() + " in this period.";
        } else {
            List<AttemptTrend.Week> escalated = weeks.stream().filter(AttemptTrend.Week::escalating).toList();
            if (escalated.isEmpty()) {
                reading = Words.count(total, "contact attempt", "contact attempts") + " by " + in.person()
                        + " in this period; no week escalated.";
            } else {
                AttemptTrend.Week last = escalated.getLast();
                // The chart counts calendar weeks, the caseload's flag the last 7 days: say which, and give the
                // rolling figure too, so the two never seem to disagree.
                LocalDate weekAgo = in.today().minusDays(6);
                long lastSevenDays = in.data().attempts().stream().map(a -> day(a.at(), in.zone()))
                        .filter(d -> !d.isBefore(weekAgo) && !d.isAfter(in.today())).count();
                reading = "Escalating in the calendar week from " + Dates.formatWithWeekday(last.monday()) + ": "
                        + Words.count(last.total(), "attempt", "attempts") + " against a weekly mean of "
                        + one(meanBefore(byWeek, last.monday())) + " in the 4 weeks before"
                        + (last.threat() ? ", and one left " + in.firstName() + " feeling unsafe (safety "
                                + lowestSafety.get(last.monday()) + " of 10)" : "")
                        + ". In the last 7 days: " + Words.count(lastSevenDays, "attempt", "attempts") + ".";
            }
        }
        return new AttemptTrend(true, weeks, total, reading);
    }

    private static double meanBefore(Map<LocalDate, Map<Channel, Long>> byWeek, LocalDate monday) {
        double before = 0;
        for (int k = 1; k <= 4; k++) {
            before += byWeek.getOrDefault(monday.minusWeeks(k), Map.of()).values().stream().mapToLong(Long::longValue).sum();
        }
        return before / 4;
    }
}
