package org.holdfast.journal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * When the client may say something happened: from 7 days ago up to now, in the zone of the clock given,
 * which is the client's own (the practice's when they have none). The forms show the same message at the
 * field that the service refuses with.
 */
public final class Backdating {

    public static final int MAX_DAYS_BACK = 7;
    /** A phone's clock a little ahead of the server's is not a future entry. */
    private static final long FUTURE_SLACK_MINUTES = 5;

    private Backdating() {
    }

    /** Why this date and time cannot be logged, or empty when they can. */
    public static Optional<String> problem(LocalDate date, LocalTime time, Clock clock) {
        if (date == null) {
            return Optional.of("Choose the day it happened");
        }
        if (time == null) {
            return Optional.of("Choose roughly what time it was");
        }
        LocalDate today = LocalDate.now(clock);
        if (date.isAfter(today) || occurredAt(date, time, clock).isAfter(
                Instant.now(clock).plus(FUTURE_SLACK_MINUTES, ChronoUnit.MINUTES))) {
            return Optional.of("That is still to come. Choose a time up to now.");
        }
        if (date.isBefore(today.minusDays(MAX_DAYS_BACK))) {
            return Optional.of("You can log things from the last 7 days here. Anything older is worth bringing to your next session.");
        }
        return Optional.empty();
    }

    /** The moment the client means, in the clock's zone, to the microsecond the database keeps. */
    public static Instant occurredAt(LocalDate date, LocalTime time, Clock clock) {
        return LocalDateTime.of(date, time).atZone(clock.getZone()).toInstant()
                .truncatedTo(ChronoUnit.MICROS);
    }

    /**
     * The moment a new entry's form means; refused, with the reason the client reads, when it is too far
     * back or still to come.
     */
    static Instant checkedOccurredAt(JournalForm form, Clock clientClock) {
        problem(form.getDate(), form.getTime(), clientClock).ifPresent(problem -> {
            throw new BackdatingException(problem);
        });
        return occurredAt(form.getDate(), form.getTime(), clientClock);
    }
}
