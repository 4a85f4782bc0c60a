package org.holdfast.shared;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/** How dates read in the portal and its reports: "3 Dec 2026", "today", "4 days ago". */
public final class Dates {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter DAY_WITH_WEEKDAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);

    private Dates() {
    }

    public static String format(LocalDate date) {
        return date == null ? "" : DAY.format(date);
    }

    public static String formatWithWeekday(LocalDate date) {
        return date == null ? "" : DAY_WITH_WEEKDAY.format(date);
    }

    public static String ago(LocalDate date, LocalDate today) {
        if (date == null) {
            return "never";
        }
        long days = ChronoUnit.DAYS.between(date, today);
        if (days <= 0) {
            return "today";
        }
        return days == 1 ? "yesterday" : days + " days ago";
    }
}
