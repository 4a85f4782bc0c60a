package org.holdfast.erasure;

import java.time.LocalDate;

/** A discharged client whose record is kept past the practice's retention period, and whether erasure is asked. */
public record PastRetention(long clientId, String clientName, LocalDate dischargedOn, LocalDate keptUntil,
        boolean erasureRequested) {
}
