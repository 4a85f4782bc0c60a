package org.holdfast.insights;

import java.time.LocalDate;
import java.util.List;

/**
 * A number over time: each day's value (null on a day with none) and the mean of the 7 days up to
 * that day (null when those days hold nothing).
 */
public record DailyTrend(String measure, int min, int max, List<Day> days, long observations, String reading) {

    public DailyTrend {
        days = List.copyOf(days);
    }

    public record Day(LocalDate date, Double value, Double rollingMean) {
    }
}
