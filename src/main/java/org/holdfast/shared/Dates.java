package org.holdfast.shared;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/**
 * How dates, times and numbers read in the portal and its reports: "3 Dec 2026", "Thu 3 Dec, 14:05",
 * "today", "1,200", "4.5". Every date and every number shown to a person goes through here, in the practice's locale ({@code holdfast.locale},
 * set once at start-up from {@link PracticeSettings}), so a screen, a PDF and an audit page never
 * disagree. The patterns stay day-first and 24-hour; the locale names the months and weekdays.
 * Machine formats (file names, JSON) are the ISO constants at the end, never these.
 */
public final class Dates {

    private static volatile Formats formats = new Formats(Locale.UK);

    private Dates() {
    }

    /** Called once at start-up with the practice's locale; the default (before that, in plain tests) is en-GB. */
    static void useLocale(Locale locale) {
        formats = new Formats(locale);
    }

    /** The practice's locale, for components (date pickers) that format themselves. */
    public static Locale locale() {
        return formats.locale;
    }

    /** "1,200" in the practice's locale */
    public static String number(long n) {
        return String.format(formats.locale, "%,d", n);
    }

    /** "4.5": one decimal, the way averages and rates are shown, in the practice's locale */
    public static String oneDecimal(double value) {
        return String.format(formats.locale, "%.1f", value);
    }

    /** "3 Dec 2026" */
    public static String format(LocalDate date) {
        return date == null ? "" : formats.day.format(date);
    }

    /** "Thu 3 Dec" */
    public static String formatWithWeekday(LocalDate date) {
        return date == null ? "" : formats.dayWithWeekday.format(date);
    }

    /** "Thu 3 Dec 2026" */
    public static String formatWithWeekdayAndYear(LocalDate date) {
        return date == null ? "" : formats.dayWithWeekdayAndYear.format(date);
    }

    /** "3 Dec", for dates close enough that the year goes without saying. */
    public static String dayAndMonth(LocalDate date) {
        return date == null ? "" : formats.dayAndMonth.format(date);
    }

    /** "Thursday 3 December" */
    public static String longDay(LocalDate date) {
        return date == null ? "" : formats.longDay.format(date);
    }

    /** "Thursday 3 December 2026" */
    public static String longDayWithYear(LocalDate date) {
        return date == null ? "" : formats.longDayWithYear.format(date);
    }

    /** "Dec 2026" */
    public static String month(YearMonth month) {
        return month == null ? "" : formats.month.format(month);
    }

    /** "December 2026" */
    public static String longMonth(YearMonth month) {
        return month == null ? "" : formats.longMonth.format(month);
    }

    /** "14:05" */
    public static String time(LocalTime time) {
        return time == null ? "" : formats.time.format(time);
    }

    /** "14:05", at that instant in the zone given (the practice's or the client's). */
    public static String time(Instant at, ZoneId zone) {
        return at == null ? "" : formats.time.format(at.atZone(zone));
    }

    /** "3 Dec 2026, 14:05" */
    public static String dateTime(LocalDateTime at) {
        return at == null ? "" : formats.dateTime.format(at);
    }

    /** "3 Dec 2026, 14:05" */
    public static String dateTime(Instant at, ZoneId zone) {
        return at == null ? "" : formats.dateTime.format(at.atZone(zone));
    }

    /** "3 Dec 2026, 14:05:09", for records where the order of events within a minute matters (the audit log). */
    public static String dateTimeWithSeconds(Instant at, ZoneId zone) {
        return at == null ? "" : formats.dateTimeWithSeconds.format(at.atZone(zone));
    }

    /** "3 Dec, 14:05", for times close enough that the year goes without saying. */
    public static String shortDateTime(Instant at, ZoneId zone) {
        return at == null ? "" : formats.shortDateTime.format(at.atZone(zone));
    }

    /** "Thu 3 Dec, 14:05" */
    public static String weekdayDateTime(LocalDateTime at) {
        return at == null ? "" : formats.weekdayDateTime.format(at);
    }

    /** "Thu 3 Dec, 14:05" */
    public static String weekdayDateTime(Instant at, ZoneId zone) {
        return at == null ? "" : formats.weekdayDateTime.format(at.atZone(zone));
    }

    /** "Thu 3 Dec 2026, 14:05" */
    public static String weekdayDateTimeWithYear(Instant at, ZoneId zone) {
        return at == null ? "" : formats.weekdayDateTimeWithYear.format(at.atZone(zone));
    }

    /** "Thursday 3 December at 14:05" */
    public static String longDayAtTime(LocalDateTime at) {
        return at == null ? "" : formats.longDay.format(at) + " at " + formats.time.format(at);
    }

    /** "Thursday 3 December 2026 at 14:05": for a date the reader must check, such as a typed one */
    public static String longDayWithYearAtTime(LocalDateTime at) {
        return at == null ? "" : formats.longDayWithYear.format(at) + " at " + formats.time.format(at);
    }

    /** "Thursday 3 December at 14:05" */
    public static String longDayAtTime(Instant at, ZoneId zone) {
        return at == null ? "" : formats.longDay.format(at.atZone(zone)) + " at " + formats.time.format(at.atZone(zone));
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

    /** For file names and machine-read text: "2026-12-03", whatever the practice's locale. */
    public static final DateTimeFormatter FILE_DATE = DateTimeFormatter.ISO_LOCAL_DATE;

    /** For file names: "2026-12-03", whatever the practice's locale. */
    public static String fileDate(LocalDate date) {
        return FILE_DATE.format(date);
    }

    /** One set of formatters per locale, built once: formatters are immutable and thread-safe. */
    private static final class Formats {

        final Locale locale;
        final DateTimeFormatter day;
        final DateTimeFormatter dayWithWeekday;
        final DateTimeFormatter dayWithWeekdayAndYear;
        final DateTimeFormatter dayAndMonth;
        final DateTimeFormatter longDay;
        final DateTimeFormatter longDayWithYear;
        final DateTimeFormatter month;
        final DateTimeFormatter longMonth;
        final DateTimeFormatter time;
        final DateTimeFormatter dateTime;
        final DateTimeFormatter dateTimeWithSeconds;
        final DateTimeFormatter shortDateTime;
        final DateTimeFormatter weekdayDateTime;
        final DateTimeFormatter weekdayDateTimeWithYear;

        Formats(Locale locale) {
            this.locale = locale;
            day = pattern("d MMM yyyy");
            dayWithWeekday = pattern("EEE d MMM");
            dayWithWeekdayAndYear = pattern("EEE d MMM yyyy");
            dayAndMonth = pattern("d MMM");
            longDay = pattern("EEEE d MMMM");
            longDayWithYear = pattern("EEEE d MMMM yyyy");
            month = pattern("MMM yyyy");
            longMonth = pattern("MMMM yyyy");
            time = pattern("HH:mm");
            dateTime = pattern("d MMM yyyy, HH:mm");
            dateTimeWithSeconds = pattern("d MMM yyyy, HH:mm:ss");
            shortDateTime = pattern("d MMM, HH:mm");
            weekdayDateTime = pattern("EEE d MMM, HH:mm");
            weekdayDateTimeWithYear = pattern("EEE d MMM yyyy, HH:mm");
        }

        private DateTimeFormatter pattern(String pattern) {
            return DateTimeFormatter.ofPattern(pattern, locale);
        }
    }
}
