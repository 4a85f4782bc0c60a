package org.holdfast.insights;

import java.time.LocalDate;
import java.util.List;

/** Urges per week (Monday first) by how they went: passed without contact, put off, became a slip. */
public record WeeklyOutcomes(List<Week> weeks, long resisted, long delayed, long slipped, String reading) {

    public WeeklyOutcomes {
        weeks = List.copyOf(weeks);
    }

    public long total() {
        return resisted + delayed + slipped;
    }

    public record Week(LocalDate monday, long resisted, long delayed, long slipped) {
    }
}
