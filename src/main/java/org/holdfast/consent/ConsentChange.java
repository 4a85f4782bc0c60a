package org.holdfast.consent;

import java.time.Instant;

/** One change of consent, as the client's history shows it. */
public record ConsentChange(Instant changedAt, String changedBy, SharingLevel fromLevel, SharingLevel toLevel,
        boolean fromContactLog, boolean toContactLog) {
}
