package org.holdfast.journal;

import java.time.Instant;
import java.util.List;

import org.holdfast.consent.ConsentState;

/**
 * What a clinician may count in a client's journal from a moment on ({@code since}), as the consent-applying queries
 * returned it: empty lists where the client does not share. {@code attemptCount} is the number of
 * contact attempts in the period asked for (which may start after {@code since}), also when numbers are
 * shared but the log itself is private (the journal shows that count too).
 */
public record JournalPattern(ConsentState consent, Instant since, List<UrgePoint> urges, List<SlipPoint> slips,
        List<DayNumbers> checkIns, List<AttemptPoint> attempts, long attemptCount) {

    public JournalPattern {
        urges = List.copyOf(urges);
        slips = List.copyOf(slips);
        checkIns = List.copyOf(checkIns);
        attempts = List.copyOf(attempts);
    }

    public boolean numbersShared() {
        return consent.level().allowsNumbers();
    }

    public boolean attemptsShared() {
        return consent.shareContactLog();
    }
}
