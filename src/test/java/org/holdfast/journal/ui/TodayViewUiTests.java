package org.holdfast.journal.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.holdfast.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

import com.vaadin.browserless.SpringBrowserlessTest;

@SpringBootTest
@Transactional
class TodayViewUiTests extends SpringBrowserlessTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TestUsers users;

    @Test
    @WithUserDetails(TestUsers.PRIYA)
    void missingMoodIsExplainedAtTheFieldAndNothingTypedIsLost() {
        TodayView today = navigate(TodayView.class);
        int before = todaysRows();
        today.mood.clear(); // the tester refuses to send a value the field itself marks invalid
        test(today.urge).setValue(6);
        test(today.note).setValue("Saw their car outside the shop");

        test(today.save).click();

        assertThat(today.mood.isInvalid()).isTrue();
        assertThat(today.mood.getErrorMessage()).contains("Pick a number for your mood");
        assertThat(today.urge.getValue()).isEqualTo(6);
        assertThat(today.note.getValue()).isEqualTo("Saw their car outside the shop");
        assertThat(todaysRows()).isEqualTo(before);
        assertThat(today.save.isEnabled()).as("the button comes back for another try").isTrue();
    }

    @Test
    @WithUserDetails(TestUsers.PRIYA)
    void outOfRangeUrgeIsExplainedAtTheField() {
        TodayView today = navigate(TodayView.class);
        test(today.mood).setValue(5);
        today.urge.setValue(12);
        test(today.save).click();
        assertThat(today.urge.isInvalid()).isTrue();
        assertThat(today.urge.getErrorMessage()).contains("0 (none) to 10 (overwhelming)");
    }

    @Test
    @WithUserDetails(TestUsers.PRIYA)
    void savingTwiceStoresOneCheckIn() {
        TodayView today = navigate(TodayView.class);
        test(today.mood).setValue(6);
        test(today.urge).setValue(3);
        test(today.save).click();
        test(today.save).click();

        assertThat(todaysRows()).isEqualTo(1);
        assertThat(jdbc.queryForList("select mood, urge from check_in where client_id = ? and entry_date = ?",
                users.clientId(TestUsers.PRIYA), LocalDate.now())).singleElement()
                .satisfies(row -> assertThat(((Number) row.get("mood")).intValue() * 100 + ((Number) row.get("urge")).intValue())
                        .as("mood and urge as typed").isEqualTo(603));
        assertThat(today.status.getText()).startsWith("Saved at");
    }

    @Test
    @WithUserDetails(TestUsers.PRIYA)
    void aSlipGetsARestartMessageNotShame() {
        TodayView today = navigate(TodayView.class);
        test(today.mood).setValue(3);
        test(today.urge).setValue(8);
        test(today.slipped).click();
        test(today.save).click();
        assertThat(today.status.getText()).contains("starts again today").doesNotContain("fail");
        assertThat(today.status.getElement().getAttribute("tabindex")).as("the reply can take the focus")
                .isEqualTo("-1");
    }

    @Test
    @WithUserDetails(TestUsers.PRIYA)
    void aHalfFilledCheckInSurvivesAReloadAndGoesOnceSaved() {
        TodayView first = navigate(TodayView.class);
        test(first.urge).setValue(7);
        test(first.note).setValue("Their birthday today");

        navigate(UrgeView.class); // away and back: a new Today, as a reload makes
        TodayView reloaded = navigate(TodayView.class);
        assertThat(reloaded).isNotSameAs(first);

        assertThat(reloaded.urge.getValue()).isEqualTo(7);
        assertThat(reloaded.note.getValue()).isEqualTo("Their birthday today");
        assertThat(reloaded.draftNote.getText()).contains("We kept what you had started");

        test(reloaded.mood).setValue(4);
        test(reloaded.save).click();

        assertThat(todaysRows()).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from journal_draft where client_id = ? and form_type = 'CHECK_IN'",
                Integer.class, users.clientId(TestUsers.PRIYA))).as("the draft goes once saved").isZero();
        navigate(UrgeView.class);
        TodayView afterSave = navigate(TodayView.class);
        assertThat(afterSave.draftNote.getText()).isEmpty();
        assertThat(afterSave.urge.getValue()).as("the saved check-in, not a draft").isEqualTo(7);
    }

    private int todaysRows() {
        return jdbc.queryForObject("select count(*) from check_in where client_id = ? and entry_date = ?", Integer.class,
                users.clientId(TestUsers.PRIYA), LocalDate.now());
    }
}
