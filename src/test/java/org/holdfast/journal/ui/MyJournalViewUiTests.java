package org.holdfast.journal.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.holdfast.TestUsers;
import org.holdfast.consent.ConsentService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;

@SpringBootTest
@Transactional
class MyJournalViewUiTests extends SpringBrowserlessTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    org.holdfast.encryption.ClientKeys keys;

    @Autowired
    TestUsers users;

    @Autowired
    ConsentService consent;

    @Test
    @WithUserDetails(TestUsers.ZOE)
    void aCorrectionIsAddedAndTheOriginalStays() {
        long zoe = users.clientId(TestUsers.ZOE);
        int before = jdbc.queryForObject("select count(*) from contact_attempt where client_id = ?", Integer.class, zoe);
        MyJournalView view = navigate(MyJournalView.class);
        Button correct = $(Button.class).from(view.entries).withText("Correct this record").first();
        test(correct).click();
        roundTrip(); // a dialog attaches its content on the next round trip
        CorrectionDialog dialog = view.correction;
        String original = dialog.content.getValue();

        test(dialog.confirm).click();
        assertThat(dialog.reason.isInvalid()).as("a correction needs its reason").isTrue();

        test(dialog.content).setValue(original + " (and a second message after)");
        test(dialog.reason).setValue("I forgot the second message");
        test(dialog.confirm).click();

        assertThat(jdbc.queryForObject("select count(*) from contact_attempt where client_id = ?", Integer.class, zoe))
                .isEqualTo(before + 1);
        assertThat(jdbc.queryForList("select content from contact_attempt where client_id = ?", String.class, zoe).stream()
                .map(keys::plainText)).contains(original);
    }

    @Test
    @WithUserDetails(TestUsers.ZOE)
    void aContactAttemptHasNoShareSwitchOfItsOwnAndSaysWhetherTheWholeLogIsShared() {
        consent.change(consent.mine().level(), false);
        List<Div> attempts = attemptCards(navigate(MyJournalView.class));

        assertThat(attempts).isNotEmpty().allSatisfy(card -> {
            assertThat($(Checkbox.class).from(card).all()).isEmpty();
            assertThat(card.getElement().getTextRecursively()).contains("Your contact-attempt log is private");
            assertThat($(com.vaadin.flow.router.RouterLink.class).from(card).withText("Change this under Sharing").single().getHref()).isEqualTo("my-sharing");
        });

        consent.change(consent.mine().level(), true);
        navigate(TodayView.class); // the router keeps the same view for the same route
        assertThat(attemptCards(navigate(MyJournalView.class))).allSatisfy(card -> assertThat(
                card.getElement().getTextRecursively()).contains("Your clinician sees your whole contact-attempt log"));
    }

    @Test
    @WithUserDetails(TestUsers.ZOE)
    void otherEntriesKeepTheirOwnShareSwitch() {
        MyJournalView view = navigate(MyJournalView.class);
        List<Div> others = view.entries.getChildren().map(Div.class::cast)
                .filter(card -> !card.hasClassName("type-contact-attempt")).toList();
        assertThat(others).isNotEmpty().allSatisfy(card -> assertThat($(Checkbox.class).from(card).all()).hasSize(1));
    }

    @Test
    @WithUserDetails(TestUsers.ZOE)
    void theContactAttemptFormOffersNoShareSwitchEither() {
        ContactAttemptView form = navigate(ContactAttemptView.class);
        assertThat(form.shared.isAttached()).isFalse();
        assertThat(form.getElement().getTextRecursively()).contains("contact-attempt log");
    }

    private List<Div> attemptCards(MyJournalView view) {
        return view.entries.getChildren().map(Div.class::cast).filter(card -> card.hasClassName("type-contact-attempt"))
                .toList();
    }
}
