package org.holdfast.plans;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How the person is named in a sentence to the clinician. */
class PlanOverviewTests {

    @Test
    void aLabelInTheClientsOwnVoiceIsQuotedAfterANeutralPhrase() {
        assertThat(PlanOverview.personInSentence("my ex")).isEqualTo("the other person (\"my ex\")");
        assertThat(PlanOverview.personInSentence("My Mum ")).isEqualTo("the other person (\"My Mum\")");
        assertThat(PlanOverview.personInSentence("our landlord")).isEqualTo("the other person (\"our landlord\")");
    }

    @Test
    void aNameOrInitialReadsAsItIs() {
        assertThat(PlanOverview.personInSentence("J.")).isEqualTo("J.");
        assertThat(PlanOverview.personInSentence("Mark")).isEqualTo("Mark");
        assertThat(PlanOverview.personInSentence("Myles")).as("not the word 'my'").isEqualTo("Myles");
        assertThat(PlanOverview.personInSentence(" ")).isEqualTo("the other person");
    }
}
