package org.holdfast.homework;

import java.time.LocalDate;
import java.util.List;

/**
 * One assignment as the clinician sees it: what was asked, how far the client has got, which
 * occurrences are overdue and the outcomes the client recorded (reflections only when shared).
 * {@code planLabel} is null when not linked, or when the plan is no longer active.
 */
public record AssignmentStatus(long id, String title, String instructions, Recurrence recurrence, LocalDate firstDue,
        LocalDate lastDue, Long planId, String planLabel, boolean cancelled, int occurrences, long done,
        long couldNotDo, List<LocalDate> overdue, LocalDate nextDue, List<SharedOutcome> outcomes) {

    public long dueSoFar() {
        return done + couldNotDo + overdue.size();
    }

    /** Every occurrence has an outcome, or it was cancelled: nothing more to expect from it. */
    public boolean finished() {
        return cancelled || nextDue == null && overdue.isEmpty();
    }
}
