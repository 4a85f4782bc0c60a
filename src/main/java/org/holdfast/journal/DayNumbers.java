package org.holdfast.journal;

import java.time.LocalDate;

/** A check-in's numbers without its note: what numbers-only consent allows. */
public record DayNumbers(LocalDate date, int mood, int urge, boolean slipped) {
}
