package org.holdfast.insights;

import org.holdfast.shared.Dates;
import static org.holdfast.insights.InsightsCalculator.day;
import static org.holdfast.insights.InsightsCalculator.notShared;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import org.holdfast.insights.InsightsCalculator.Inputs;
import org.holdfast.journal.SlipPoint;
import org.holdfast.journal.UrgePoint;
import org.holdfast.plans.HighRiskDate;
import org.holdfast.shared.Words;

/**
 * Urges and slips near the plan's high-risk dates.
 * Part of {@link InsightsCalculator}: plain code, every day and hour the client's own.
 */
final class NearDatesCalculator {

    private NearDatesCalculator() {
    }

    /** Each time a high-risk date falls near the period: a yearly date every year, a one-off once. */
    static List<LocalDate> occurrences(HighRiskDate date, LocalDate first, LocalDate last) {
        if (date.getDate() == null) {
            return List.of();
        }
        List<LocalDate> out = new ArrayList<>();
        if (!date.isYearly()) {
            out.add(date.getDate());
        } else {
            java.time.MonthDay md = java.time.MonthDay.from(date.getDate());
            for (int y = first.getYear() - 1; y <= last.getYear() + 1; y++) {
                if (!md.atYear(y).isBefore(date.getDate())) {
                    out.add(md.atYear(y));
                }
            }
        }
        return out.stream().filter(d -> !d.plusDays(NearDates.DAYS).isBefore(first) && !d.minusDays(NearDates.DAYS).isAfter(last))
                .toList();
    }

    static NearDates nearDates(List<SlipPoint> slips, List<UrgePoint> urges, Inputs in) {
        List<LocalDate> slipDays = slips.stream().map(s -> day(s.at(), in.zone())).toList();
        List<LocalDate> urgeDays = urges.stream().map(u -> day(u.at(), in.zone())).toList();
        List<NearDates.DayCount> perDay = new ArrayList<>();
        for (LocalDate d = in.from(); !d.isAfter(in.today()); d = d.plusDays(1)) {
            LocalDate day = d;
            perDay.add(new NearDates.DayCount(d, urgeDays.stream().filter(day::equals).count(),
                    slipDays.stream().filter(day::equals).count()));
        }
        List<NearDates.Occurrence> occurrences = new ArrayList<>();
        java.util.Set<LocalDate> near = new java.util.HashSet<>();
        for (HighRiskDate date : in.highRiskDates()) {
            for (LocalDate d : occurrences(date, in.from(), in.today())) {
                java.util.Set<LocalDate> window = new java.util.HashSet<>();
                for (int k = -NearDates.DAYS; k <= NearDates.DAYS; k++) {
                    window.add(d.plusDays(k));
                }
                near.addAll(window);
                occurrences.add(new NearDates.Occurrence(date.getLabel(), d, urgeDays.stream().filter(window::contains).count(),
                        slipDays.stream().filter(window::contains).count()));
            }
        }
        occurrences.sort(Comparator.comparing(NearDates.Occurrence::date));
        long urgesNear = urgeDays.stream().filter(near::contains).count();
        long slipsNear = slipDays.stream().filter(near::contains).count();
        String reading;
        if (in.highRiskDates().isEmpty()) {
            reading = in.plan() == null ? "No active plan, so no high-risk dates." : "The plan has no high-risk dates.";
        } else if (occurrences.isEmpty()) {
            reading = "None of the plan's high-risk dates fell in this period.";
        } else if (!in.data().numbersShared()) {
            reading = notShared(in);
        } else {
            // The client's own label for a date ("The day I left home") is quoted, not run into the sentence.
            String which = occurrences.stream().map(o -> "\"" + o.label() + "\" (" + Dates.dayAndMonth(o.date()) + ")").distinct()
                    .limit(2).collect(Collectors.joining(" and "));
            List<String> counted = new ArrayList<>();
            if (!urges.isEmpty()) {
                counted.add(urgesNear + " of " + Words.count(urges.size(), "urge", "urges"));
            }
            if (!slips.isEmpty()) {
                counted.add(slipsNear + " of " + Words.count(slips.size(), "slip", "slips"));
            }
            reading = counted.isEmpty() ? "No urges or slips in this period; the plan's hard dates in it: " + which + "."
                    : String.join(" and ", counted) + " fell within " + NearDates.DAYS + " days of " + which + ".";
        }
        return new NearDates(occurrences, urges.size(), urgesNear, slips.size(), slipsNear, perDay, reading);
    }
}
