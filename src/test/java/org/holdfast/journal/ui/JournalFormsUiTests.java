package org.holdfast.journal.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;

import org.holdfast.TestUsers;
import org.holdfast.journal.SlipDirection;
import org.holdfast.journal.Trigger;
import org.holdfast.journal.UrgeOutcome;
import org.holdfast.plans.Channel;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

import com.vaadin.browserless.SpringBrowserlessTest;

@SpringBootTest
@Transactional
class JournalFormsUiTests extends SpringBrowserlessTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TestUsers users;

    @Test
    @WithUserDetails(TestUsers.PRIYA)
    void aSlipFormKeepsEveryValueWhenSomethingIsMissing() {
        SlipView slip = navigate(SlipView.class);
        int before = entries();
        slip.channel.setValue(Channel.SOCIAL_MEDIA);
        slip.triggers.setValue(Set.of(Trigger.LONELINESS, Trigger.EVENING));
        test(slip.whatHappened).setValue("Looked at their photos for an hour");
        test(slip.feelNow).setValue("Heavy, but OK");
        // no direction chosen

        test(slip.save).click();

        assertThat(slip.direction.isInvalid()).isTrue();
        assertThat(slip.direction.getErrorMessage()).contains("who started it");
        assertThat(slip.channel.getValue()).isEqualTo(Channel.SOCIAL_MEDIA);
        assertThat(slip.triggers.getValue()).containsExactlyInAnyOrder(Trigger.LONELINESS, Trigger.EVENING);
        assertThat(slip.whatHappened.getValue()).isEqualTo("Looked at their photos for an hour");
        assertThat(slip.feelNow.getValue()).isEqualTo("Heavy, but OK");
        assertThat(entries()).isEqualTo(before);
        assertThat(slip.save.isEnabled()).isTrue();

        slip.direction.setValue(SlipDirection.INDIRECT);
        test(slip.save).click();
        assertThat(entries()).isEqualTo(before + 1);
        assertThat(slip.response.getElement().getTextRecursively()).contains("starts again").doesNotContain("fail");
    }

    @Test
    @WithUserDetails(TestUsers.PRIYA)
    void aSlipWithoutAChannelIsRefusedAtTheSelectThoughItCarriesNoAriaRequired() {
        // RequiredChoice strips aria-required in the browser; the binder's required check must still hold
        SlipView slip = navigate(SlipView.class);
        int before = entries();
        slip.direction.setValue(SlipDirection.INDIRECT);

        test(slip.save).click();

        assertThat(slip.channel.isInvalid()).isTrue();
        assertThat(slip.channel.getErrorMessage()).contains("how the contact happened");
        assertThat(entries()).isEqualTo(before);
    }

    @Test
    @WithUserDetails(TestUsers.PRIYA)
    void backDatingMoreThanSevenDaysIsRefusedAtTheField() {
        UrgeView urge = navigate(UrgeView.class);
        int before = entries();
        fillUrge(urge);
        urge.date.setValue(LocalDate.now().minusDays(8));

        test(urge.save).click();

        assertThat(urge.date.isInvalid()).isTrue();
        assertThat(urge.date.getErrorMessage()).contains("last 7 days");
        assertThat(urge.didInstead.getValue()).isEqualTo("Went for a walk");
        assertThat(entries()).isEqualTo(before);

        urge.date.setValue(LocalDate.now().minusDays(7));
        test(urge.save).click();
        assertThat(entries()).isEqualTo(before + 1);
    }

    @Test
    @WithUserDetails(TestUsers.PRIYA)
    void savingTwiceStoresOneUrge() {
        UrgeView urge = navigate(UrgeView.class);
        int before = entries();
        fillUrge(urge);

        test(urge.save).click();
        test(urge.save).click();

        assertThat(entries()).isEqualTo(before + 1);
    }

    @Test
    @WithUserDetails(TestUsers.PRIYA)
    void anUnfinishedFormComesBackWhenItIsOpenedAgain() {
        UrgeView first = navigate(UrgeView.class);
        fillUrge(first);

        navigate(TodayView.class); // leave the form; a new one is built from the server-side draft
        UrgeView again = navigate(UrgeView.class);
        assertThat(again).isNotSameAs(first);
        assertThat(again.didInstead.getValue()).isEqualTo("Went for a walk");
        assertThat(again.strength.getValue()).isEqualTo(7);
        assertThat(again.draftNote.getText()).contains("kept what you had started");
    }

    private void fillUrge(UrgeView urge) {
        test(urge.strength).setValue(7);
        urge.triggers.setValue(Set.of(Trigger.ALCOHOL));
        test(urge.didInstead).setValue("Went for a walk");
        urge.outcome.setValue(UrgeOutcome.RESISTED);
    }

    private int entries() {
        return jdbc.queryForObject("select count(*) from journal_entry where client_id = ?", Integer.class,
                users.clientId(TestUsers.PRIYA));
    }
}
