package org.holdfast.insights;

import static org.holdfast.insights.InsightsCalculator.day;
import static org.holdfast.insights.InsightsCalculator.notShared;
import static org.holdfast.insights.InsightsCalculator.one;
import static org.holdfast.insights.InsightsCalculator.slipDays;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

import org.holdfast.insights.InsightsCalculator.Inputs;
import org.holdfast.journal.UrgePoint;
import org.holdfast.shared.Words;

/**
 * Slips and urges by stretch of the plan (days 1 to 7, 8 to 14, ...), and which stretch was hardest.
 * Part of {@link InsightsCalculator}: plain code, every day and hour the client's own.
 */
final class PlanDayCalculator {

    /** Plan days the period must cover, over at least two stretches, before one is called the hardest. */
    static final int MIN_DAYS_FOR_HARDEST = 14;

    static final int[][] PLAN_BUCKETS = { { 1, 7 }, { 8, 14 }, { 15, 30 }, { 31, 60 }, { 61, 90 }, { 91, Integer.MAX_VALUE } };

    private PlanDayCalculator() {
    }

    static PlanDayRisk planDays(List<UrgePoint> urges, Inputs in) {
        if (in.plan() == null || in.plan().startDate().isAfter(in.today())) {
            return new PlanDayRisk(false, List.of(), "No plan has started yet, so there are no plan days to count.");
        }
        LocalDate start = in.plan().startDate();
        LocalDate first = in.from().isAfter(start) ? in.from() : start;
        TreeSet<LocalDate> slipDays = slipDays(in);
        List<PlanDayRisk.Bucket> buckets = new ArrayList<>();
        for (int[] b : PLAN_BUCKETS) {
            LocalDate bFirst = start.plusDays(b[0] - 1L);
            LocalDate bLast = b[1] == Integer.MAX_VALUE ? in.today() : start.plusDays(b[1] - 1L);
            LocalDate lo = bFirst.isBefore(first) ? first : bFirst;
            LocalDate hi = bLast.isAfter(in.today()) ? in.today() : bLast;
            if (bFirst.isAfter(in.today())) {
                break;
            }
            long days = hi.isBefore(lo) ? 0 : ChronoUnit.DAYS.between(lo, hi) + 1;
            long slips = days == 0 ? 0 : slipDays.subSet(lo, true, hi, true).size();
            long u = days == 0 ? 0 : urges.stream().map(x -> day(x.at(), in.zone()))
                    .filter(d -> !d.isBefore(lo) && !d.isAfter(hi)).count();
            String label = b[1] == Integer.MAX_VALUE ? "Day " + b[0] + "+" : "Days " + b[0] + "–" + b[1];
            buckets.add(new PlanDayRisk.Bucket(label, b[0], b[1], days, slips, u));
        }
        String reading;
        if (!in.data().numbersShared()) {
            reading = notShared(in);
        } else if (buckets.stream().allMatch(b -> b.slips() == 0 && b.urges() == 0)) {
            reading = "No slips or urges in this period.";
        } else if (buckets.stream().mapToLong(PlanDayRisk.Bucket::days).sum() < MIN_DAYS_FOR_HARDEST
                || buckets.stream().filter(b -> b.days() > 0).count() < 2) {
            // A "hardest stretch" needs stretches to compare and enough days in them; two days prove nothing.
            long days = buckets.stream().mapToLong(PlanDayRisk.Bucket::days).sum();
            reading = Words.count(days, "day", "days") + " of the plan in this period: not enough days yet to say "
                    + "which stretch of it is hardest.";
        } else {
            PlanDayRisk.Bucket hardest = buckets.stream().filter(b -> b.days() > 0)
                    .max(Comparator.comparingDouble(PlanDayRisk.Bucket::slipsPerDay)
                            .thenComparingDouble(PlanDayRisk.Bucket::urgesPerDay)).orElseThrow();
            reading = hardest.slips() == 0
                    ? "No slip days in this period; urges came most often in " + hardest.label().toLowerCase(Locale.ENGLISH)
                            + " of the plan (" + one(hardest.urgesPerDay()) + " a day)."
                    : "The hardest stretch was " + hardest.label().toLowerCase(Locale.ENGLISH) + " of the plan: "
                            + Words.count(hardest.slips(), "slip day", "slip days") + " in " + hardest.days()
                            + ", and " + one(hardest.urgesPerDay()) + " urges a day.";
        }
        return new PlanDayRisk(true, buckets, reading);
    }
}
