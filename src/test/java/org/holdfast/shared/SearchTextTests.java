package org.holdfast.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SearchTextTests {

    @Test
    void foldsCaseAndAccents() {
        assertThat(SearchText.fold("Zoë Marchetti")).isEqualTo("zoe marchetti");
        assertThat(SearchText.fold("José Núñez")).isEqualTo("jose nunez");
        assertThat(SearchText.fold("Søren Łukasz Straße")).isEqualTo("soren lukasz strasse");
    }

    @Test
    void aSearchWithoutAccentsFindsANameWithThem() {
        assertThat(SearchText.matches("Zoë Marchetti", "zoe")).isTrue();
        assertThat(SearchText.matches("Zoë Marchetti", " ZOË ")).isTrue();
        assertThat(SearchText.matches("Zoë Marchetti", "rowan")).isFalse();
        assertThat(SearchText.matches("Zoë Marchetti", "")).isTrue();
    }
}
