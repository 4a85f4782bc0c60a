package org.holdfast.insights;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.holdfast.journal.JournalPattern;
import org.holdfast.measures.Instrument;
import org.holdfast.measures.MeasureScore;

/**
 * Questionnaire scores and the journal's counts on one time axis: does a bad week of their contact attempts move the
 * scores, do slips follow a worse score? The counts are what the client's consent lets through (the journal's
 * queries applied it); the scores are shared by their nature.
 *
 * @param days one entry per day of the period that has any slip, urge or contact attempt
 * @param scores the scores dated inside the period, oldest first
 */
public record ScoreTimeline(LocalDate from, LocalDate to, List<DayCount> days, List<MeasureScore> scores,
        boolean numbersShared, boolean attemptsShared, String reading) {

    public ScoreTimeline {
        days = List.copyOf(days);
        scores = List.copyOf(scores);
    }

    public record DayCount(LocalDate date, long slips, long urges, long attempts) {
    }

    public static ScoreTimeline of(LocalDate from, LocalDate to, ZoneId zone, JournalPattern data, List<MeasureScore> all) {
        Map<LocalDate, long[]> counts = new TreeMap<>();
        data.slips().forEach(s -> count(counts, LocalDate.ofInstant(s.at(), zone), from, to, 0));
        data.urges().forEach(u -> count(counts, LocalDate.ofInstant(u.at(), zone), from, to, 1));
        data.attempts().forEach(a -> count(counts, LocalDate.ofInstant(a.at(), zone), from, to, 2));
        List<DayCount> days = new ArrayList<>();
        counts.forEach((d, c) -> days.add(new DayCount(d, c[0], c[1], c[2])));
        List<MeasureScore> scores = all.stream().filter(s -> !s.dueDate().isBefore(from) && !s.dueDate().isAfter(to)).toList();
        return new ScoreTimeline(from, to, days, scores, data.numbersShared(), data.attemptsShared(), reading(scores));
    }

    private static void count(Map<LocalDate, long[]> counts, LocalDate day, LocalDate from, LocalDate to, int which) {
        if (!day.isBefore(from) && !day.isAfter(to)) {
            counts.computeIfAbsent(day, d -> new long[3])[which]++;
        }
    }

    /** The latest score of each instrument in words, with the reliable moves named. */
    private static String reading(List<MeasureScore> scores) {
        if (scores.isEmpty()) {
            return "No questionnaire answered in this period.";
        }
        List<String> parts = new ArrayList<>();
        for (Instrument i : Instrument.values()) {
            scores.stream().filter(s -> s.instrument() == i).reduce((a, b) -> b).ifPresent(s -> parts.add(i.shortName()
                    + " " + s.score() + " (" + s.band().toLowerCase()
                    + (s.sinceLast() != null && s.sinceLast().reliable() ? ", " + s.sinceLast().direction().label().toLowerCase()
                            + " than the time before" : "")
                    + (s.safetyAnswer() ? ", question 9 answered above \u201cNot at all\u201d" : "") + ")"));
        }
        return "Latest: " + String.join("; ", parts) + ".";
    }
}
