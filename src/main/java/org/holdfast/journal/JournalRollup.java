package org.holdfast.journal;

import java.time.LocalDate;

/**
 * One client's journal over recent windows, as far as their consent allows, for the caseload's risk
 * flags. Every figure is empty (null or 0) where consent withholds it, exactly as if nothing was logged:
 * numbers need a level other than "nothing"; contact-attempt counts need numbers or the shared log
 * (like the clinician's journal page); how safe a contact attempt left the client is part of the log
 * itself and needs the shared log.
 *
 * @param lastCheckIn       the last check-in within {@link JournalRollups#LOOKBACK_DAYS}, or null
 * @param urgeMeanThisWeek  mean check-in urge over the last 7 days (today included), null without check-ins
 * @param urgeMeanWeekBefore mean check-in urge over the 7 days before those
 * @param slips             slips in the slip window (check-in ticks and slip entries, not counted twice)
 * @param firstSlip         the day of the first of those slips
 * @param attemptsThisWeek  contact attempts in the last 7 days, corrections not counted again
 * @param attemptsFourWeeksBefore contact attempts in the 28 days before those
 * @param lowestSafety      the lowest "how safe do you feel" of this week's attempts at or below the threat
 *                          level asked for, or null
 * @param lastThreat        the day of the latest such attempt
 */
public record JournalRollup(long clientId, boolean numbersShared, boolean attemptsShared, boolean contactLogShared,
        LocalDate lastCheckIn, Double urgeMeanThisWeek, Double urgeMeanWeekBefore, long slips, LocalDate firstSlip,
        long attemptsThisWeek, long attemptsFourWeeksBefore, Integer lowestSafety, LocalDate lastThreat) {

    static JournalRollup nothing(long clientId, boolean numbersShared, boolean attemptsShared, boolean contactLogShared) {
        return new JournalRollup(clientId, numbersShared, attemptsShared, contactLogShared, null, null, null, 0, null, 0,
                0, null, null);
    }

    /** Weekly mean of the four weeks before this one. */
    public double attemptsWeeklyMeanBefore() {
        return attemptsFourWeeksBefore / 4.0;
    }
}
