package org.holdfast.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class DatesTests {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final Instant THURSDAY_AFTERNOON = Instant.parse("2026-12-03T14:05:09Z");

    @AfterEach
    void backToThePracticeDefault() {
        Dates.useLocale(Locale.UK);
    }

    @Test
    void readsDayFirstWithA24HourClockByDefault() {
        assertThat(Dates.locale()).isEqualTo(Locale.UK);
        assertThat(Dates.format(LocalDate.of(2026, 12, 4))).isEqualTo("4 Dec 2026");
        assertThat(Dates.dateTime(THURSDAY_AFTERNOON, LONDON)).isEqualTo("3 Dec 2026, 14:05");
        assertThat(Dates.weekdayDateTime(THURSDAY_AFTERNOON, LONDON)).isEqualTo("Thu 3 Dec, 14:05");
        assertThat(Dates.weekdayDateTimeWithYear(THURSDAY_AFTERNOON, LONDON)).isEqualTo("Thu 3 Dec 2026, 14:05");
        assertThat(Dates.dateTimeWithSeconds(THURSDAY_AFTERNOON, LONDON)).isEqualTo("3 Dec 2026, 14:05:09");
        assertThat(Dates.longDayAtTime(THURSDAY_AFTERNOON, LONDON)).isEqualTo("Thursday 3 December at 14:05");
        assertThat(Dates.longMonth(YearMonth.of(2026, 12))).isEqualTo("December 2026");
        assertThat(Dates.longDayWithYearAtTime(java.time.LocalDateTime.of(2026, 12, 3, 14, 5)))
                .isEqualTo("Thursday 3 December 2026 at 14:05");
    }

    @Test
    void showsTheTimeInTheZoneItIsGiven() {
        assertThat(Dates.time(THURSDAY_AFTERNOON, ZoneId.of("America/Toronto"))).isEqualTo("09:05");
        assertThat(Dates.time(THURSDAY_AFTERNOON, LONDON)).isEqualTo("14:05");
    }

    @Test
    void namesMonthsAndWeekdaysInThePracticesLocale() {
        Dates.useLocale(Locale.GERMANY);

        assertThat(Dates.longDay(LocalDate.of(2026, 12, 3))).isEqualTo("Donnerstag 3 Dezember");
        assertThat(Dates.time(THURSDAY_AFTERNOON, LONDON)).isEqualTo("14:05");
    }

    @Test
    void numbersReadInThePracticesLocaleToo() {
        assertThat(Dates.number(4000)).isEqualTo("4,000");
        assertThat(Dates.oneDecimal(4.5)).isEqualTo("4.5");

        Dates.useLocale(Locale.GERMANY);

        assertThat(Dates.number(4000)).isEqualTo("4.000");
        assertThat(Dates.oneDecimal(4.5)).isEqualTo("4,5");
    }

    @Test
    void fileNamesUseIsoDatesWhateverTheLocale() {
        Dates.useLocale(Locale.US);

        assertThat(Dates.fileDate(LocalDate.of(2026, 4, 12))).isEqualTo("2026-04-12");
    }

    @Test
    void emptyDatesReadAsNothing() {
        assertThat(Dates.dateTime(null, LONDON)).isEmpty();
        assertThat(Dates.format(null)).isEmpty();
        assertThat(Dates.ago(null, LocalDate.of(2026, 12, 3))).isEqualTo("never");
    }
}
