package org.holdfast.insights;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class StreakTests {

    private static final LocalDate START = LocalDate.of(2026, 11, 1);

    private static LocalDate day(int n) {
        return START.plusDays(n - 1L); // day 1 is the start date
    }

    @Test
    void noSlipsCountsEveryDayOfThePlanIncludingToday() {
        Streak streak = Streak.of(START, day(12), List.of());
        assertThat(streak).isEqualTo(new Streak(12, 12, null));
    }

    @Test
    void noPlanOrAPlanNotStartedYetCountsNothing() {
        assertThat(Streak.of(null, day(5), List.of())).isEqualTo(Streak.NONE);
        assertThat(Streak.of(day(3), day(1), List.of(day(1)))).isEqualTo(Streak.NONE);
    }

    @Test
    void theFirstDayAloneIsDayOne() {
        assertThat(Streak.of(START, START, List.of())).isEqualTo(new Streak(1, 1, null));
    }

    @Test
    void aSlipTodayRestartsAtZeroAndKeepsTheBest() {
        Streak streak = Streak.of(START, day(10), List.of(day(10)));
        assertThat(streak).isEqualTo(new Streak(0, 9, day(10)));
        assertThat(streak.justRestarted(day(10))).isTrue();
    }

    @Test
    void aSlipOnDayOneLeavesTheDaysAfterIt() {
        assertThat(Streak.of(START, day(8), List.of(day(1)))).isEqualTo(new Streak(7, 7, day(1)));
    }

    @Test
    void theBestIsTheLongestRunBetweenSlips() {
        // runs: days 1-2 (2), days 4-9 (6), days 11-15 (5)
        Streak streak = Streak.of(START, day(15), List.of(day(3), day(10)));
        assertThat(streak).isEqualTo(new Streak(5, 6, day(10)));
        assertThat(streak.justRestarted(day(15))).isFalse();
    }

    @Test
    void daysWithoutACheckInDoNotBreakTheRun() {
        // Only slip days matter; a gap in check-ins is simply not a slip.
        assertThat(Streak.of(START, day(30), List.of(day(5))).current()).isEqualTo(25);
    }

    @Test
    void slipsOutsideThePlanAndRepeatsAreIgnored() {
        Streak streak = Streak.of(START, day(6), List.of(START.minusDays(3), day(2), day(2), day(9)));
        assertThat(streak).isEqualTo(new Streak(4, 4, day(2)));
    }

    @Test
    void backToBackSlipsMakeNoRunBetweenThem() {
        assertThat(Streak.of(START, day(4), List.of(day(3), day(4)))).isEqualTo(new Streak(0, 2, day(4)));
    }

    @Test
    void theDayAfterASlipIsStillARestartNotARecord() {
        Streak streak = Streak.of(START, day(5), List.of(day(4)));
        assertThat(streak.current()).isEqualTo(1);
        assertThat(streak.justRestarted(day(5))).isTrue();
        assertThat(streak.justRestarted(day(6))).isFalse();
    }
}
