package org.holdfast.journal;

import java.time.LocalDate;
import java.time.ZoneId;

/** Caseload figures for one client, computed for many clients in one aggregate query. */
public record CheckInStats(long clientId, LocalDate lastCheckIn, LocalDate lastSlip, long recentSlips) {

    public static CheckInStats none(long clientId) {
        return new CheckInStats(clientId, null, null, 0);
    }

    /**
     * Adds slips logged with the slip form. The last slip is the later of the two. A slip is often both
     * logged and ticked on that day's check-in, so the recent count takes the larger of the two counts
     * rather than their sum: it may undercount a day with several slips, never doubles one.
     */
    CheckInStats withSlips(SlipStats slips, ZoneId zone) {
        LocalDate slipDay = slips.lastSlip() == null ? null : LocalDate.ofInstant(slips.lastSlip(), zone);
        LocalDate last = lastSlip == null || (slipDay != null && slipDay.isAfter(lastSlip)) ? slipDay : lastSlip;
        return new CheckInStats(clientId, lastCheckIn, last, Math.max(recentSlips, slips.recentSlips()));
    }
}
