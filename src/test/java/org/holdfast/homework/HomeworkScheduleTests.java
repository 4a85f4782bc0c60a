package org.holdfast.homework;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class HomeworkScheduleTests {

    static final LocalDate MON = LocalDate.of(2026, 11, 2);

    @Test
    void onceHasOneOccurrenceOnItsDueDateWhateverTheEndDate() {
        Schedule once = new Schedule(Recurrence.ONCE, MON, MON.plusDays(30));
        assertThat(once.dates()).containsExactly(MON);
        assertThat(once.size()).isOne();
        assertThat(once.includes(MON)).isTrue();
        assertThat(once.includes(MON.plusDays(1))).isFalse();
    }

    @Test
    void dailyRunsEveryDayFromFirstToLastInclusive() {
        Schedule daily = new Schedule(Recurrence.DAILY, MON, MON.plusDays(6));
        assertThat(daily.dates()).hasSize(7).startsWith(MON).endsWith(MON.plusDays(6));
        assertThat(daily.size()).isEqualTo(7);
        assertThat(daily.includes(MON.plusDays(7))).isFalse();
    }

    @Test
    void weeklyFallsOnTheSameWeekdayAndStopsBeforeAnEndDateBetweenWeeks() {
        Schedule weekly = new Schedule(Recurrence.WEEKLY, MON, MON.plusDays(24));
        assertThat(weekly.dates()).containsExactly(MON, MON.plusDays(7), MON.plusDays(14), MON.plusDays(21));
        assertThat(weekly.size()).isEqualTo(4);
        assertThat(weekly.includes(MON.plusDays(14))).isTrue();
        assertThat(weekly.includes(MON.plusDays(15))).isFalse();
    }

    @Test
    void onlyOccurrencesStrictlyBeforeTheDayCanBeOverdue() {
        Schedule daily = new Schedule(Recurrence.DAILY, MON, MON.plusDays(6));
        assertThat(daily.countBefore(MON)).isZero();
        assertThat(daily.countBefore(MON.plusDays(3))).isEqualTo(3);
        assertThat(daily.countBefore(MON.plusDays(60))).isEqualTo(7);

        Schedule weekly = new Schedule(Recurrence.WEEKLY, MON, MON.plusDays(21));
        assertThat(weekly.countBefore(MON.plusDays(7))).isEqualTo(1);
        assertThat(weekly.countBefore(MON.plusDays(8))).isEqualTo(2);

        Schedule once = new Schedule(Recurrence.ONCE, MON, MON);
        assertThat(once.countBefore(MON)).isZero();
        assertThat(once.countBefore(MON.plusDays(1))).isOne();
    }

    @Test
    void nextOccurrenceSkipsToTheNextStepAndEndsWithTheSchedule() {
        Schedule weekly = new Schedule(Recurrence.WEEKLY, MON, MON.plusDays(14));
        assertThat(weekly.firstOnOrAfter(MON.minusDays(5))).contains(MON);
        assertThat(weekly.firstOnOrAfter(MON.plusDays(1))).contains(MON.plusDays(7));
        assertThat(weekly.firstOnOrAfter(MON.plusDays(14))).contains(MON.plusDays(14));
        assertThat(weekly.firstOnOrAfter(MON.plusDays(15))).isEmpty();
        assertThat(weekly.datesFrom(MON.plusDays(3))).containsExactly(MON.plusDays(7), MON.plusDays(14));
    }
}
