package org.holdfast.measures;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One completed measure as the clinician and the client see it: the score, its band, and how it moved since the
 * client's first score on this instrument (the baseline) and since the one before. Both changes are null for the
 * baseline itself. {@code safetyAnswer} is true when PHQ-9 item 9 was answered above "Not at all".
 */
public record MeasureScore(long id, long clientId, Instrument instrument, LocalDate dueDate, Instant completedAt,
        int score, String band, Change sinceBaseline, Change sinceLast, boolean safetyAnswer, List<Integer> answers) {

    public boolean reliablyWorse() {
        return sinceLast != null && sinceLast.direction() == Change.Direction.WORSE
                || sinceBaseline != null && sinceBaseline.direction() == Change.Direction.WORSE;
    }
}
