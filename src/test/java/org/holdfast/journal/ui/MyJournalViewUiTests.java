package org.holdfast.journal.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.holdfast.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;

@SpringBootTest
@Transactional
class MyJournalViewUiTests extends SpringBrowserlessTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TestUsers users;

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

        test(dialog.save).click();
        assertThat(dialog.reason.isInvalid()).as("a correction needs its reason").isTrue();

        test(dialog.content).setValue(original + " (and a second message after)");
        test(dialog.reason).setValue("I forgot the second message");
        test(dialog.save).click();

        assertThat(jdbc.queryForObject("select count(*) from contact_attempt where client_id = ?", Integer.class, zoe))
                .isEqualTo(before + 1);
        assertThat(jdbc.queryForObject("select count(*) from contact_attempt where client_id = ? and content = ?",
                Integer.class, zoe, original)).isGreaterThanOrEqualTo(1);
    }
}
