package org.holdfast.insights;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.holdfast.shared.Words;

/**
 * When urges or slips happen: weekday by hour in the client's local time, and the busiest 4-hour window.
 * Part of {@link InsightsCalculator}: plain code, every day and hour the client's own.
 */
final class ClockCalculator {

    static final List<String> WEEKDAYS = java.util.Arrays.stream(DayOfWeek.values())
            .map(d -> d.getDisplayName(TextStyle.SHORT, Locale.ENGLISH)).toList();
    static final List<String> HOURS = java.util.stream.IntStream.range(0, 24).mapToObj(h -> String.format("%02d", h))
            .toList();
    /** The window the clock reading looks for: "7 of 9 slips were between 21:00 and 01:00". */
    static final int CLOCK_WINDOW_HOURS = 4;

    private ClockCalculator() {
    }

    static CrossTab clock(List<Instant> times, ZoneId zone, String one, String many) {
        long[][] grid = new long[7][24];
        int[] hours = new int[24];
        int[] weekdays = new int[7];
        List<ZonedDateTime> local = times.stream().map(t -> t.atZone(zone)).toList();
        for (ZonedDateTime t : local) {
            grid[t.getDayOfWeek().getValue() - 1][t.getHour()]++;
            hours[t.getHour()]++;
            weekdays[t.getDayOfWeek().getValue() - 1]++;
        }
        List<List<Long>> cells = java.util.Arrays.stream(grid)
                .map(r -> java.util.Arrays.stream(r).boxed().toList()).toList();
        int n = local.size();
        String reading;
        if (n == 0) {
            reading = "No " + many + " in this period.";
        } else if (n == 1) {
            ZonedDateTime t = local.getFirst();
            reading = "One " + one + " in this period, on a " + t.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH)
                    + " at " + String.format("%02d:%02d", t.getHour(), t.getMinute()) + ".";
        } else if (n == 2) {
            // Two are named, not summarised: a window and weekday share of two reads oddly ("1 of 2 ... all on").
            reading = "Two " + many + " in this period: " + local.stream().sorted()
                    .map(t -> "a " + t.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " at "
                            + String.format("%02d:%02d", t.getHour(), t.getMinute()))
                    .collect(Collectors.joining(" and ")) + ".";
        } else {
            int start = busiestWindow(hours);
            long inWindow = 0;
            for (int k = 0; k < CLOCK_WINDOW_HOURS; k++) {
                inWindow += hours[(start + k) % 24];
            }
            reading = (inWindow == n ? "All " + n : inWindow + " of " + n) + " " + many + " " + Words.was(inWindow) + " between "
                    + String.format("%02d:00", start) + " and " + String.format("%02d:00", (start + CLOCK_WINDOW_HOURS) % 24)
                    + weekdayPart(weekdays, n) + ".";
        }
        return new CrossTab(WEEKDAYS, HOURS, cells, n, reading);
    }

    /** The start hour of the 4-hour window (wrapping past midnight) holding most; ties go to one starting on a busy hour. */
    static int busiestWindow(int[] hours) {
        int best = 0;
        long bestCount = -1;
        for (int s = 0; s < 24; s++) {
            long c = 0;
            for (int k = 0; k < CLOCK_WINDOW_HOURS; k++) {
                c += hours[(s + k) % 24];
            }
            boolean better = c > bestCount || (c == bestCount && hours[best] == 0 && hours[s] > 0);
            if (better) {
                best = s;
                bestCount = c;
            }
        }
        return best;
    }

    private static String weekdayPart(int[] weekdays, int n) {
        Integer[] order = { 0, 1, 2, 3, 4, 5, 6 };
        java.util.Arrays.sort(order, Comparator.comparingInt((Integer d) -> weekdays[d]).reversed());
        String first = DayOfWeek.of(order[0] + 1).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        if (weekdays[order[0]] == n) {
            return ", all on a " + first;
        }
        int two = weekdays[order[0]] + weekdays[order[1]];
        if (weekdays[order[1]] > 0 && two * 10 >= n * 6) {
            int a = Math.min(order[0], order[1]);
            int b = Math.max(order[0], order[1]);
            return ", " + (two == n ? "all" : two + " of " + n) + " on a "
                    + DayOfWeek.of(a + 1).getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " or "
                    + DayOfWeek.of(b + 1).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        }
        return "";
    }
}
