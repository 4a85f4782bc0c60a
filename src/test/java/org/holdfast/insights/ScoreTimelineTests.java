package org.holdfast.insights;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

import org.holdfast.consent.ConsentState;
import org.holdfast.consent.SharingLevel;
import org.holdfast.journal.JournalPattern;
import org.holdfast.journal.SlipPoint;
import org.holdfast.journal.UrgePoint;
import org.holdfast.measures.Change;
import org.holdfast.measures.Instrument;
import org.holdfast.measures.MeasureScore;
import org.junit.jupiter.api.Test;

/** The scores and the journal's counts on one axis, inside the period only, and drawn as one SVG. */
class ScoreTimelineTests {

    static final LocalDate FROM = LocalDate.of(2026, 11, 1);
    static final LocalDate TO = LocalDate.of(2026, 11, 30);

    @Test
    void countsAndScoresOutsideThePeriodAreLeftOutAndTheChartNamesBoth() {
        JournalPattern data = new JournalPattern(consent(SharingLevel.EVERYTHING), FROM.minusDays(28).atStartOfDay().toInstant(ZoneOffset.UTC),
                List.of(new UrgePoint(at(FROM.plusDays(2)), 6, null, Set.of())),
                List.of(new SlipPoint(at(FROM.plusDays(2)), null, null, Set.of()), new SlipPoint(at(FROM.minusDays(3)), null, null, Set.of())),
                List.of(), List.of(), 0);
        List<MeasureScore> scores = List.of(score(Instrument.PHQ9, FROM.minusDays(10), 8, null),
                score(Instrument.PHQ9, FROM.plusDays(3), 15, new Change(7, Change.Direction.WORSE)),
                score(Instrument.WHO5, FROM.plusDays(4), 40, null));

        ScoreTimeline t = ScoreTimeline.of(FROM, TO, ZoneOffset.UTC, data, scores);

        assertThat(t.days()).containsExactly(new ScoreTimeline.DayCount(FROM.plusDays(2), 1, 1, 0));
        assertThat(t.scores()).extracting(MeasureScore::score).containsExactly(15, 40);
        assertThat(t.reading()).isEqualTo("Latest: PHQ-9 15 (moderately severe, reliably worse than the time before); WHO-5 40 (poor wellbeing).");
        String svg = ChartRendering.svg(InsightCharts.scoreTimeline(t), 720, 380, "Scores");
        assertThat(svg).contains("PHQ-9", "WHO-5", "Slips", "Urges", "Their contact attempts");
    }

    @Test
    void withNothingSharedFromTheJournalOnlyTheScoresAreDrawn() {
        JournalPattern data = new JournalPattern(consent(SharingLevel.NOTHING), FROM.atStartOfDay().toInstant(ZoneOffset.UTC),
                List.of(), List.of(), List.of(), List.of(), 0);
        ScoreTimeline t = ScoreTimeline.of(FROM, TO, ZoneOffset.UTC, data, List.of(score(Instrument.GAD7, FROM.plusDays(1), 9, null)));
        String svg = ChartRendering.svg(InsightCharts.scoreTimeline(t), 720, 380, "Scores");
        assertThat(svg).contains("GAD-7").doesNotContain("Their contact attempts");
    }

    private static ConsentState consent(SharingLevel level) {
        return new ConsentState(1, level, false, null);
    }

    private static Instant at(LocalDate day) {
        return day.atTime(20, 0).toInstant(ZoneOffset.UTC);
    }

    private static MeasureScore score(Instrument i, LocalDate day, int score, Change sinceLast) {
        return new MeasureScore(1, 1, i, day, at(day), score, i.band(score).label(), sinceLast, sinceLast,
                false, List.of());
    }
}
