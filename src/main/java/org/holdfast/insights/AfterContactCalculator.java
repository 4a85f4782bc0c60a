package org.holdfast.insights;

import static org.holdfast.insights.InsightsCalculator.notShared;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.holdfast.insights.InsightsCalculator.Inputs;
import org.holdfast.journal.AttemptPoint;
import org.holdfast.journal.SlipPoint;
import org.holdfast.shared.Words;

/**
 * How soon slips came after the other person's last contact attempt.
 * Part of {@link InsightsCalculator}: plain code, every day and hour the client's own.
 */
final class AfterContactCalculator {

    static final List<String> SINCE_LAST_ATTEMPT = List.of("within 1 hour", "1 to 6 hours", "6 to 24 hours",
            "over 24 hours or none");

    private AfterContactCalculator() {
    }

    static AfterContact afterContact(List<SlipPoint> slips, Inputs in) {
        if (!in.data().attemptsShared()) {
            return new AfterContact(false, slips.size(), 0, List.of(),
                    "The contact-attempt log is private, so slips cannot be set against it.");
        }
        long[] buckets = new long[4];
        long within = 0;
        List<AttemptPoint> attempts = in.data().attempts();
        for (SlipPoint s : slips) {
            Instant last = attempts.stream().map(AttemptPoint::at).filter(a -> !a.isAfter(s.at()))
                    .max(Comparator.naturalOrder()).orElse(null);
            long minutes = last == null ? Long.MAX_VALUE : Duration.between(last, s.at()).toMinutes();
            int b = minutes <= 60 ? 0 : minutes <= 6 * 60 ? 1 : minutes <= AfterContact.HOURS * 60 ? 2 : 3;
            buckets[b]++;
            if (b < 3) {
                within++;
            }
        }
        List<Tally.Count> counts = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            counts.add(new Tally.Count(SINCE_LAST_ATTEMPT.get(i), buckets[i]));
        }
        String reading = slips.isEmpty() ? (in.data().numbersShared() ? "No slips in this period." : notShared(in))
                : within + " of " + Words.count(slips.size(), "slip", "slips") + " came within 24 hours after " + in.person()
                        + " tried to make contact.";
        return new AfterContact(true, slips.size(), within, counts, reading);
    }
}
