package org.holdfast.insights;

import java.time.LocalDate;

/** A high-risk date ahead on one of the client's plans, and how far away it is. */
public record ComingUp(String label, LocalDate date, long daysAway, String personLabel) {
}
