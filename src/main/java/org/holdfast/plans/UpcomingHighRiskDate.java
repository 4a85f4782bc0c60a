package org.holdfast.plans;

import java.time.LocalDate;

/** A high-risk date coming up for a client: the next time it falls, and which plan it belongs to. */
public record UpcomingHighRiskDate(long clientId, long planId, String label, LocalDate date, boolean yearly) {
}
