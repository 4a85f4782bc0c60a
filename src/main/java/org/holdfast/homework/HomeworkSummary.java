package org.holdfast.homework;

import java.time.LocalDate;

/**
 * One client's homework in numbers, for the caseload. {@code dueSoFar} counts occurrences done,
 * not done ("couldn't do it") and overdue; {@code nextDue} is the earliest open occurrence from
 * today on, or null when nothing is coming up.
 */
public record HomeworkSummary(long clientId, long done, long dueSoFar, long overdue, LocalDate nextDue) {

    public static HomeworkSummary none(long clientId) {
        return new HomeworkSummary(clientId, 0, 0, 0, null);
    }
}
