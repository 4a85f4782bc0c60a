package org.holdfast.homework;

import java.time.LocalDate;

/** An outcome on the client's own list, with their reflection whether shared or not: it is theirs. */
public record RecordedOutcome(long assignmentId, LocalDate date, String title, Outcome outcome, String reflection,
        boolean shared, String reason) {
}
