package org.holdfast.journal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The one definition of a slip, on days whose right answer is known. */
class SlipsTests {

    static final LocalDate MON = LocalDate.of(2026, 11, 30);

    @Test
    void everySlipFormCountsAndATickedDayOnlyWithoutAForm() {
        List<LocalDate> forms = List.of(MON, MON, MON.plusDays(1)); // two slips on Monday, one on Tuesday
        List<LocalDate> ticked = List.of(MON, MON.plusDays(2), MON.plusDays(3));

        assertThat(Slips.count(forms, ticked)).isEqualTo(5);
        assertThat(Slips.tickedOnly(forms, ticked)).containsExactly(MON.plusDays(2), MON.plusDays(3));
    }

    @Test
    void aSlipToldTwiceIsOneSlipAndNothingToldIsNone() {
        assertThat(Slips.count(List.of(MON), List.of(MON))).isEqualTo(1);
        assertThat(Slips.count(List.of(), List.of(MON, MON))).as("one check-in a day").isEqualTo(1);
        assertThat(Slips.count(List.of(), List.of())).isZero();
    }
}
