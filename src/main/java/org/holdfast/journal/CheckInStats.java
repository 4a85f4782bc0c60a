package org.holdfast.journal;

import java.time.LocalDate;

/** Caseload figures for one client, computed for many clients in one aggregate query. */
public record CheckInStats(long clientId, LocalDate lastCheckIn, LocalDate lastSlip, long recentSlips) {

    public static CheckInStats none(long clientId) {
        return new CheckInStats(clientId, null, null, 0);
    }
}
