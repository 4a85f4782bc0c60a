package org.holdfast.caseload;

import static org.assertj.core.api.Assertions.assertThat;

import org.holdfast.clients.ClientStatus;
import org.holdfast.clients.ClientSummary;
import org.junit.jupiter.api.Test;

class CaseloadFilterTests {

    private final ClientSummary zoe = new ClientSummary(1, "Zoë Marchetti", 10, 20, null, ClientStatus.ACTIVE);

    @Test
    void searchMatchesAnyPartOfTheNameIgnoringCase() {
        assertThat(new CaseloadFilter("marCH", false).matches(zoe)).isTrue();
        assertThat(new CaseloadFilter(" zoë ", false).matches(zoe)).isTrue();
        assertThat(new CaseloadFilter("rowan", false).matches(zoe)).isFalse();
    }

    @Test
    void searchIgnoresAccents() {
        assertThat(new CaseloadFilter("zoe", false).matches(zoe)).isTrue();
        assertThat(new CaseloadFilter("ZOE MAR", false).matches(zoe)).isTrue();
    }

    @Test
    void anEmptySearchMatchesEveryone() {
        assertThat(new CaseloadFilter("", false).matches(zoe)).isTrue();
        assertThat(new CaseloadFilter(null, false).matches(zoe)).isTrue();
    }
}
