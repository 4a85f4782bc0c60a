package org.holdfast.journal;

import java.time.LocalDate;

/**
 * Caseload figures for one client, computed for many clients in a few aggregate queries.
 *
 * @param lastSlip    the day of the last slip, logged or ticked on a check-in
 * @param recentSlips slips in the window asked for, counted by the one definition ({@link Slips})
 */
public record CheckInStats(long clientId, LocalDate lastCheckIn, LocalDate lastSlip, long recentSlips) {

    public static CheckInStats none(long clientId) {
        return new CheckInStats(clientId, null, null, 0);
    }
}
