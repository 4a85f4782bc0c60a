package org.holdfast.insights;

import java.time.LocalDate;
import java.util.List;

/**
 * Urges and slips around the plan's high-risk dates (each occurrence in the period, yearly dates every
 * year), within {@link #DAYS} days either side, against all of them in the period. {@code perDay}
 * gives the daily counts for the chart.
 */
public record NearDates(List<Occurrence> occurrences, long urges, long urgesNear, long slips, long slipsNear,
        List<DayCount> perDay, String reading) {

    public static final int DAYS = 3;

    public NearDates {
        occurrences = List.copyOf(occurrences);
        perDay = List.copyOf(perDay);
    }

    public record Occurrence(String label, LocalDate date, long urges, long slips) {
    }

    public record DayCount(LocalDate date, long urges, long slips) {
    }
}
