package org.holdfast.measures;

/**
 * A client's most recent score on one instrument, for the caseload: with its direction since the one before (null
 * for a first score) and whether it is reliably worse than before or than the baseline (the risk flag).
 */
public record LatestMeasure(long clientId, Instrument instrument, int score, String band, Change sinceLast,
        boolean reliablyWorse, java.time.Instant completedAt) {

    /** "PHQ-9 14 ↑" : an arrow only for a reliable move, pointing the way the number went. */
    public String shortText() {
        String arrow = sinceLast == null || !sinceLast.reliable() ? "" : sinceLast.delta() > 0 ? " \u2191" : " \u2193";
        return instrument.shortName() + " " + score + arrow;
    }
}
