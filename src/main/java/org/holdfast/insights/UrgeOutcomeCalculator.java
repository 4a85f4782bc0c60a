package org.holdfast.insights;

import static org.holdfast.insights.InsightsCalculator.day;
import static org.holdfast.insights.InsightsCalculator.monday;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.holdfast.insights.InsightsCalculator.Inputs;
import org.holdfast.journal.UrgeOutcome;
import org.holdfast.journal.UrgePoint;
import org.holdfast.shared.Words;

/**
 * Urge outcomes per calendar week: passed, put off, or became a slip.
 * Part of {@link InsightsCalculator}: plain code, every day and hour the client's own.
 */
final class UrgeOutcomeCalculator {

    private UrgeOutcomeCalculator() {
    }

    static WeeklyOutcomes outcomes(List<UrgePoint> urges, Inputs in) {
        Map<LocalDate, long[]> weeks = new TreeMap<>();
        for (LocalDate m = monday(in.from()); !m.isAfter(in.today()); m = m.plusWeeks(1)) {
            weeks.put(m, new long[3]);
        }
        long[] total = new long[3];
        for (UrgePoint u : urges) {
            int i = u.outcome() == UrgeOutcome.SLIPPED ? 2 : u.outcome() == UrgeOutcome.DELAYED ? 1 : 0;
            weeks.computeIfAbsent(monday(day(u.at(), in.zone())), m -> new long[3])[i]++;
            total[i]++;
        }
        long n = total[0] + total[1] + total[2];
        String reading = n == 0 ? "No urges in this period."
                : total[0] + " of " + Words.count(n, "urge", "urges") + " passed without contact, " + total[1] + " "
                        + Words.was(total[1]) + " put off and " + total[2] + " " + Words.noun(total[2], "became a slip.", "became slips.");
        return new WeeklyOutcomes(weeks.entrySet().stream()
                .map(e -> new WeeklyOutcomes.Week(e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2])).toList(),
                total[0], total[1], total[2], reading);
    }
}
