package org.holdfast.measures;

import java.time.LocalDate;

/** A measure the client can fill in now: its assignment and due date, and whether they have started it. */
public record DueMeasure(long assignmentId, LocalDate dueDate, Instrument instrument, boolean started) {
}
