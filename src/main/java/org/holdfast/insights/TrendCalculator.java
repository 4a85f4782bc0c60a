package org.holdfast.insights;

import static org.holdfast.insights.InsightsCalculator.day;
import static org.holdfast.insights.InsightsCalculator.one;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.holdfast.insights.InsightsCalculator.Inputs;
import org.holdfast.shared.Words;

/**
 * Urge strength and mood day by day, with a 7-day rolling mean.
 * Part of {@link InsightsCalculator}: plain code, every day and hour the client's own.
 */
final class TrendCalculator {

    private TrendCalculator() {
    }

    static DailyTrend urgeStrength(Inputs in) {
        Map<LocalDate, List<Integer>> byDay = new TreeMap<>();
        in.data().urges().stream().filter(u -> u.strength() != null)
                .forEach(u -> byDay.computeIfAbsent(day(u.at(), in.zone()), d -> new ArrayList<>()).add(u.strength()));
        return trend("Urge strength", 0, 10, byDay, in, "urges", "strength");
    }

    static DailyTrend mood(Inputs in) {
        Map<LocalDate, List<Integer>> byDay = new TreeMap<>();
        in.data().checkIns().forEach(c -> byDay.computeIfAbsent(c.date(), d -> new ArrayList<>()).add(c.mood()));
        return trend("Mood", 0, 10, byDay, in, "check-ins", "mood");
    }

    private static DailyTrend trend(String measure, int min, int max, Map<LocalDate, List<Integer>> byDay, Inputs in,
            String things, String what) {
        List<DailyTrend.Day> days = new ArrayList<>();
        long observations = 0;
        for (LocalDate d = in.from(); !d.isAfter(in.today()); d = d.plusDays(1)) {
            List<Integer> today = byDay.getOrDefault(d, List.of());
            observations += today.size();
            days.add(new DailyTrend.Day(d, mean(today), mean(window(byDay, d.minusDays(6), d))));
        }
        String reading;
        if (observations == 0) {
            reading = "No " + things + " in this period.";
        } else {
            Double all = mean(window(byDay, in.from(), in.today()));
            Double last = mean(window(byDay, in.today().minusDays(6), in.today()));
            Double before = mean(window(byDay, in.today().minusDays(13), in.today().minusDays(7)));
            reading = Words.count(observations, things.substring(0, things.length() - 1), things)
                    + ", " + what + " averaging " + one(all) + " of " + max + ".";
            if (last != null && before != null) {
                double change = last - before;
                reading += " The last 7 days averaged " + one(last) + ", "
                        + (Math.abs(change) < 0.5 ? "about the same as" : change > 0 ? "up from" : "down from") + " "
                        + one(before) + " the week before.";
            }
        }
        return new DailyTrend(measure, min, max, days, observations, reading);
    }

    private static List<Integer> window(Map<LocalDate, List<Integer>> byDay, LocalDate first, LocalDate last) {
        return byDay.entrySet().stream().filter(e -> !e.getKey().isBefore(first) && !e.getKey().isAfter(last))
                .flatMap(e -> e.getValue().stream()).toList();
    }

    private static Double mean(List<Integer> values) {
        return values.isEmpty() ? null : values.stream().mapToInt(Integer::intValue).average().orElseThrow();
    }
}
