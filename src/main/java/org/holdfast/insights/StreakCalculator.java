package org.holdfast.insights;

import static org.holdfast.insights.InsightsCalculator.day;
import static org.holdfast.insights.InsightsCalculator.notShared;
import static org.holdfast.insights.InsightsCalculator.slipDays;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.holdfast.insights.InsightsCalculator.Inputs;
import org.holdfast.journal.SlipPoint;
import org.holdfast.plans.Channel;
import org.holdfast.shared.Words;

/**
 * Days without contact since the plan began: the current and longest stretch, and how each stretch ended.
 * Part of {@link InsightsCalculator}: plain code, every day and hour the client's own.
 */
final class StreakCalculator {

    private StreakCalculator() {
    }

    static StreakHistory streaks(Inputs in) {
        if (in.plan() == null || in.plan().startDate().isAfter(in.today())) {
            return new StreakHistory(0, 0, List.of(), "No plan has started yet: days without contact count from its first day.");
        }
        if (!in.data().numbersShared()) {
            return new StreakHistory(0, 0, List.of(), notShared(in));
        }
        LocalDate start = in.plan().startDate();
        TreeSet<LocalDate> slipDays = slipDays(in);
        Streak streak = Streak.of(start, in.today(), slipDays);
        Map<LocalDate, SlipPoint> firstSlipOfDay = new TreeMap<>();
        in.data().slips().forEach(s -> firstSlipOfDay.putIfAbsent(day(s.at(), in.zone()), s));
        List<StreakHistory.Run> runs = new ArrayList<>();
        LocalDate runStart = start;
        for (LocalDate slip : slipDays.subSet(start, true, in.today(), true)) {
            long days = ChronoUnit.DAYS.between(runStart, slip);
            if (days > 0) {
                SlipPoint how = firstSlipOfDay.get(slip);
                runs.add(new StreakHistory.Run(runStart, slip.minusDays(1), days, slip,
                        how == null ? null : how.channel(), how == null ? null : how.direction()));
            }
            runStart = slip.plusDays(1);
        }
        if (!runStart.isAfter(in.today())) {
            runs.add(new StreakHistory.Run(runStart, in.today(), streak.current(), null, null, null));
        }
        long ended = runs.stream().filter(r -> !r.ongoing()).count();
        String reading;
        if (streak.lastSlip() == null) {
            reading = streak.current() + " days without contact: every day since the plan began.";
        } else {
            reading = Words.count(streak.current(), "day", "days") + " without contact now; the longest stretch was "
                    + Words.count(streak.best(), "day", "days") + ". " + Words.count(ended, "stretch", "stretches")
                    + " ended in a slip" + mostCommonChannel(runs) + ".";
        }
        return new StreakHistory(streak.current(), streak.best(), runs, reading);
    }

    private static String mostCommonChannel(List<StreakHistory.Run> runs) {
        Map<Channel, Long> byChannel = runs.stream().filter(r -> r.channel() != null)
                .collect(Collectors.groupingBy(StreakHistory.Run::channel, () -> new EnumMap<>(Channel.class), Collectors.counting()));
        return byChannel.entrySet().stream().max(Map.Entry.comparingByValue())
                .map(e -> ", " + e.getValue() + " of them " + e.getKey().phrase()).orElse("");
    }
}
