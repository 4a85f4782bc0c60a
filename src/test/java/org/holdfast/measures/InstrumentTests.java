package org.holdfast.measures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Scoring, bands and reliable change against the published instruments. */
class InstrumentTests {

    @Test
    void theFormsHaveThePublishedNumberOfItemsAndAnswers() {
        assertThat(Instrument.PHQ9.items()).hasSize(9);
        assertThat(Instrument.GAD7.items()).hasSize(7);
        assertThat(Instrument.WHO5.items()).hasSize(5);
        assertThat(Instrument.PHQ9.answers()).extracting(Instrument.Answer::label)
                .containsExactly("Not at all", "Several days", "More than half the days", "Nearly every day");
        assertThat(Instrument.PHQ9.answers()).extracting(Instrument.Answer::value).containsExactly(0, 1, 2, 3);
        assertThat(Instrument.WHO5.answers()).extracting(Instrument.Answer::value).containsExactly(5, 4, 3, 2, 1, 0);
        assertThat(Instrument.PHQ9.items().get(8)).isEqualTo("Thoughts that you would be better off dead or of hurting yourself in some way");
        assertThat(Instrument.GAD7.items().getFirst()).isEqualTo("Feeling nervous, anxious, or on edge");
        assertThat(Instrument.WHO5.items().getFirst()).isEqualTo("I have felt cheerful and in good spirits");
    }

    @Test
    void theHighestScoresAreThePublishedRanges() {
        assertThat(Instrument.PHQ9.maxScore()).isEqualTo(27);
        assertThat(Instrument.GAD7.maxScore()).isEqualTo(21);
        assertThat(Instrument.WHO5.maxScore()).isEqualTo(100);
        assertThat(Instrument.PHQ9.score(Collections.nCopies(9, 3))).isEqualTo(27);
        assertThat(Instrument.GAD7.score(Collections.nCopies(7, 0))).isZero();
    }

    /** Kroenke 2001: a patient answering "more than half the days" to items 1, 2, 4 and "several days" to 3, 5 scores 2+2+1+2+1 = 8, mild. */
    @Test
    void aWorkedPhq9ExampleScoresAndBandsAsPublished() {
        int score = Instrument.PHQ9.score(List.of(2, 2, 1, 2, 1, 0, 0, 0, 0));
        assertThat(score).isEqualTo(8);
        assertThat(Instrument.PHQ9.band(score).label()).isEqualTo("Mild");
    }

    /** WHO-5 scoring sheet: a raw score of 13 is 52 percent; below 13 (48 percent or less) is poor wellbeing. */
    @Test
    void who5IsReportedAsAPercentage() {
        assertThat(Instrument.WHO5.score(List.of(3, 3, 3, 2, 2))).isEqualTo(52);
        assertThat(Instrument.WHO5.band(52).label()).isEqualTo("Good wellbeing");
        assertThat(Instrument.WHO5.score(List.of(3, 3, 2, 2, 2))).isEqualTo(48);
        assertThat(Instrument.WHO5.band(48).label()).isEqualTo("Poor wellbeing");
        assertThat(Instrument.WHO5.score(List.of(5, 5, 5, 5, 5))).isEqualTo(100);
    }

    @ParameterizedTest(name = "PHQ-9 {0} is {1}")
    @CsvSource({ "0, Minimal", "4, Minimal", "5, Mild", "9, Mild", "10, Moderate", "14, Moderate",
            "15, Moderately severe", "19, Moderately severe", "20, Severe", "27, Severe" })
    void phq9Bands(int score, String band) {
        assertThat(Instrument.PHQ9.band(score).label()).isEqualTo(band);
    }

    @ParameterizedTest(name = "GAD-7 {0} is {1}")
    @CsvSource({ "0, Minimal", "4, Minimal", "5, Mild", "9, Mild", "10, Moderate", "14, Moderate", "15, Severe", "21, Severe" })
    void gad7Bands(int score, String band) {
        assertThat(Instrument.GAD7.band(score).label()).isEqualTo(band);
    }

    @ParameterizedTest(name = "WHO-5 {0} is {1}")
    @CsvSource({ "0, Likely depression", "28, Likely depression", "32, Poor wellbeing", "50, Poor wellbeing",
            "52, Good wellbeing", "100, Good wellbeing" })
    void who5Bands(int score, String band) {
        assertThat(Instrument.WHO5.band(score).label()).isEqualTo(band);
    }

    @Test
    void scoresOutsideTheRangeHaveNoBand() {
        assertThatThrownBy(() -> Instrument.PHQ9.band(28)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Instrument.GAD7.band(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest(name = "{0} from {1} to {2}: {3}")
    @CsvSource({
            "PHQ9, 10, 16, WORSE", "PHQ9, 10, 15, NO_RELIABLE_CHANGE", "PHQ9, 16, 10, BETTER", "PHQ9, 15, 10, NO_RELIABLE_CHANGE",
            "GAD7, 8, 12, WORSE", "GAD7, 8, 11, NO_RELIABLE_CHANGE", "GAD7, 12, 8, BETTER", "GAD7, 12, 9, NO_RELIABLE_CHANGE",
            // WHO-5: higher is better, so a fall is the worsening
            "WHO5, 60, 50, WORSE", "WHO5, 60, 52, NO_RELIABLE_CHANGE", "WHO5, 40, 52, BETTER", "WHO5, 40, 48, NO_RELIABLE_CHANGE" })
    void reliableChangeUsesThePublishedThresholds(Instrument instrument, int before, int after, Change.Direction expected) {
        Change change = instrument.change(before, after);
        assertThat(change.direction()).isEqualTo(expected);
        assertThat(change.delta()).isEqualTo(after - before);
        assertThat(change.reliable()).isEqualTo(expected != Change.Direction.NO_RELIABLE_CHANGE);
    }

    @Test
    void aMissingAnswerIsNotScored() {
        List<Integer> answers = new ArrayList<>(Arrays.asList(1, 1, 1, 1, 1, 1, null));
        assertThatThrownBy(() -> Instrument.GAD7.score(answers)).hasMessageContaining("Question 7");
        assertThatThrownBy(() -> Instrument.GAD7.score(List.of(1, 1, 1, 1, 1, 1, 4))).hasMessageContaining("Question 7");
        assertThatThrownBy(() -> Instrument.GAD7.score(List.of(1, 1))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void onlyPhq9Item9AboveNotAtAllNeedsASafetyResponse() {
        assertThat(Instrument.PHQ9.needsSafetyResponse(List.of(3, 3, 3, 3, 3, 3, 3, 3, 0))).isFalse();
        assertThat(Instrument.PHQ9.needsSafetyResponse(List.of(0, 0, 0, 0, 0, 0, 0, 0, 1))).isTrue();
        assertThat(Instrument.PHQ9.needsSafetyResponse(Arrays.asList(0, 0, 0, 0, 0, 0, 0, 0, null))).isFalse();
        assertThat(Instrument.GAD7.needsSafetyResponse(List.of(3, 3, 3, 3, 3, 3, 3))).isFalse();
    }

    @Test
    void scheduleDueDates() {
        var s = new MeasureSchedule(MeasureRecurrence.EVERY_2_WEEKS, java.time.LocalDate.of(2026, 1, 1), java.time.LocalDate.of(2026, 2, 1));
        assertThat(s.includes(java.time.LocalDate.of(2026, 1, 15))).isTrue();
        assertThat(s.includes(java.time.LocalDate.of(2026, 1, 8))).isFalse();
        assertThat(s.currentOn(java.time.LocalDate.of(2026, 1, 20))).contains(java.time.LocalDate.of(2026, 1, 15));
        assertThat(s.currentOn(java.time.LocalDate.of(2026, 3, 20))).contains(java.time.LocalDate.of(2026, 1, 29));
        assertThat(s.nextAfter(java.time.LocalDate.of(2026, 1, 29))).isEmpty();
        assertThat(s.currentOn(java.time.LocalDate.of(2025, 12, 31))).isEmpty();
    }

    @Test
    void aScheduleThatEndsBeforeItStartsIsRefusedWithAClearMessage() {
        MeasureAssignmentForm form = MeasureAssignmentForm.of(Instrument.PHQ9, MeasureRecurrence.EVERY_WEEK,
                java.time.LocalDate.of(2026, 3, 1), java.time.LocalDate.of(2026, 2, 1));
        assertThat(form.isEndAfterStart()).isFalse();
        form.setEnd(java.time.LocalDate.of(2026, 3, 1));
        assertThat(form.isEndAfterStart()).isTrue();
        assertThat(MeasureAssignmentForm.ENDS_BEFORE_START).contains("ends before it starts");
    }
}
