package org.holdfast.homework;

import java.time.LocalDate;

/** One open occurrence on the client's list. */
public record DueOccurrence(long assignmentId, LocalDate date, String title, String instructions,
        Recurrence recurrence) {
}
