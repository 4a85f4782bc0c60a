package org.holdfast.homework;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The occurrence dates of an assignment: {@code first}, then every step (1 or 7 days) up to and
 * including {@code last}. Occurrences are computed, never stored; only outcomes are rows.
 */
record Schedule(Recurrence recurrence, LocalDate first, LocalDate last) {

    Schedule {
        if (recurrence == Recurrence.ONCE) {
            last = first;
        }
    }

    Stream<LocalDate> dates() {
        int step = recurrence.stepDays();
        return Stream.iterate(first, d -> !d.isAfter(last), d -> d.plusDays(step));
    }

    int size() {
        return (int) (ChronoUnit.DAYS.between(first, last) / recurrence.stepDays()) + 1;
    }

    boolean includes(LocalDate date) {
        return !date.isBefore(first) && !date.isAfter(last)
                && ChronoUnit.DAYS.between(first, date) % recurrence.stepDays() == 0;
    }

    /** How many occurrences fall strictly before {@code day}: the ones that can be overdue on that day. */
    long countBefore(LocalDate day) {
        if (!day.isAfter(first)) {
            return 0;
        }
        LocalDate lastBefore = day.minusDays(1).isBefore(last) ? day.minusDays(1) : last;
        return ChronoUnit.DAYS.between(first, lastBefore) / recurrence.stepDays() + 1;
    }

    /** Occurrences from {@code day} on, in order. */
    Stream<LocalDate> datesFrom(LocalDate day) {
        int step = recurrence.stepDays();
        return firstOnOrAfter(day).stream()
                .flatMap(start -> Stream.iterate(start, d -> !d.isAfter(last), d -> d.plusDays(step)));
    }

    /** The first occurrence on or after {@code day}, if the schedule has not ended by then. */
    Optional<LocalDate> firstOnOrAfter(LocalDate day) {
        if (!day.isAfter(first)) {
            return Optional.of(first);
        }
        long step = recurrence.stepDays();
        long offset = ChronoUnit.DAYS.between(first, day);
        LocalDate next = first.plusDays((offset + step - 1) / step * step);
        return next.isAfter(last) ? Optional.empty() : Optional.of(next);
    }
}
