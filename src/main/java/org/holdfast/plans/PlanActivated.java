package org.holdfast.plans;

import java.time.LocalDate;

/** A plan became active: the client lives by it from its start date. */
public record PlanActivated(long planId, long clientId, LocalDate startDate) {
}
