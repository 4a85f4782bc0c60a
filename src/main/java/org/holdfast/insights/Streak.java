package org.holdfast.insights;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.TreeSet;

/**
 * Days without contact, counted the way the domain does: the plan's start day is day 1, a slip day
 * is not a day without contact, and the count starts again the day after a slip. A day with no
 * check-in counts as a day without contact: the count is about contact, not about checking in, and
 * a missed check-in must not cost anyone their streak.
 *
 * @param current days without contact up to and including today (0 when the slip was today)
 * @param best the longest run so far, the current one included
 * @param lastSlip the most recent slip on or after the start, or null
 */
public record Streak(long current, long best, LocalDate lastSlip) {

    public static final Streak NONE = new Streak(0, 0, null);

    public static Streak of(LocalDate start, LocalDate today, Collection<LocalDate> slipDays) {
        if (start == null || start.isAfter(today)) {
            return NONE;
        }
        TreeSet<LocalDate> slips = new TreeSet<>();
        slipDays.stream().filter(d -> !d.isBefore(start) && !d.isAfter(today)).forEach(slips::add);
        long best = 0;
        LocalDate runStart = start;
        for (LocalDate slip : slips) {
            best = Math.max(best, ChronoUnit.DAYS.between(runStart, slip));
            runStart = slip.plusDays(1);
        }
        long current = ChronoUnit.DAYS.between(runStart, today) + 1;
        return new Streak(current, Math.max(best, current), slips.isEmpty() ? null : slips.last());
    }

    /**
     * Right after a slip (today or yesterday) the page talks about starting again, not about records:
     * no celebration straight after a slip.
     */
    public boolean justRestarted(LocalDate today) {
        return lastSlip != null && !lastSlip.isBefore(today.minusDays(1));
    }
}
