package org.holdfast.homework;

import java.time.LocalDate;

/**
 * One client's homework in numbers, for the caseload. {@code dueSoFar} counts occurrences done,
 * not done ("couldn't do it") and overdue; {@code nextDue} is the earliest open occurrence from
 * today on, or null when nothing is coming up. {@code dailyCheckInsSince} is the first day of a daily
 * check-in assignment running today (see {@link #isDailyCheckIn}), or null when none runs: "gone quiet"
 * only means something for a client who was asked to check in every day.
 */
public record HomeworkSummary(long clientId, long done, long dueSoFar, long overdue, LocalDate nextDue,
        LocalDate dailyCheckInsSince) {

    public HomeworkSummary(long clientId, long done, long dueSoFar, long overdue, LocalDate nextDue) {
        this(clientId, done, dueSoFar, overdue, nextDue, null);
    }

    public static HomeworkSummary none(long clientId) {
        return new HomeworkSummary(clientId, 0, 0, 0, null, null);
    }

    /**
     * Daily check-ins count as assigned when a daily assignment's title names a check-in: the library's
     * "Daily check-in" and a clinician's own "Evening check-in" alike. The title, not the template id,
     * because assignments keep their own copy of the title and may be made without a template.
     */
    static boolean isDailyCheckIn(Recurrence recurrence, String title) {
        String t = title.toLowerCase(java.util.Locale.ROOT);
        return recurrence == Recurrence.DAILY && (t.contains("check-in") || t.contains("check in") || t.contains("checkin"));
    }
}
