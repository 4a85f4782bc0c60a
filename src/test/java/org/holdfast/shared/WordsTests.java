package org.holdfast.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WordsTests {

    @Test
    void countsAgreeWithTheirNoun() {
        assertThat(Words.count(1, "slip", "slips")).isEqualTo("1 slip");
        assertThat(Words.count(0, "slip", "slips")).isEqualTo("0 slips");
        assertThat(Words.count(2, "day", "days")).isEqualTo("2 days");
    }

    @Test
    void verbsAgreeWithTheCount() {
        assertThat("1 of 2 slips " + Words.was(1)).isEqualTo("1 of 2 slips was");
        assertThat(Words.was(2)).isEqualTo("were");
        assertThat(Words.is(1)).isEqualTo("is");
        assertThat(Words.is(3)).isEqualTo("are");
        assertThat(Words.noun(1, "stretch", "stretches")).isEqualTo("stretch");
    }
}
