package org.holdfast.measures;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * The due dates of a measure: {@code first}, then every step up to {@code last} (open-ended when {@code last} is null).
 * Computed, never stored; only responses are rows.
 */
record MeasureSchedule(MeasureRecurrence recurrence, LocalDate first, LocalDate last) {

    boolean includes(LocalDate date) {
        if (date.isBefore(first) || (last != null && date.isAfter(last))) {
            return false;
        }
        return recurrence == MeasureRecurrence.ONCE ? date.equals(first)
                : ChronoUnit.DAYS.between(first, date) % recurrence.stepDays() == 0;
    }

    /** The latest due date on or before {@code day}: the one the client can fill in now (a late form is still worth having). */
    Optional<LocalDate> currentOn(LocalDate day) {
        if (day.isBefore(first)) {
            return Optional.empty();
        }
        if (recurrence == MeasureRecurrence.ONCE) {
            return Optional.of(first);
        }
        LocalDate upTo = last != null && last.isBefore(day) ? last : day;
        long steps = ChronoUnit.DAYS.between(first, upTo) / recurrence.stepDays();
        return Optional.of(first.plusDays(steps * recurrence.stepDays()));
    }

    /** The first due date after {@code day}, if the schedule goes on. */
    Optional<LocalDate> nextAfter(LocalDate day) {
        if (day.isBefore(first)) {
            return Optional.of(first);
        }
        if (recurrence == MeasureRecurrence.ONCE) {
            return Optional.empty();
        }
        long steps = ChronoUnit.DAYS.between(first, day) / recurrence.stepDays() + 1;
        LocalDate next = first.plusDays(steps * recurrence.stepDays());
        return last != null && next.isAfter(last) ? Optional.empty() : Optional.of(next);
    }
}
