package org.holdfast.clients.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.Map;

import org.holdfast.TestUsers;
import org.holdfast.clients.SessionStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

import com.vaadin.browserless.SpringBrowserlessTest;

@SpringBootTest
@Transactional
class SessionsViewUiTests extends SpringBrowserlessTest {

    @Autowired
    TestUsers users;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    private long alex;

    @BeforeEach
    void alex() {
        alex = users.clientId(TestUsers.ALEX);
    }

    @Test
    @WithUserDetails(TestUsers.ELENA)
    void theDateAndTimePickerReadsDayFirstWithA24HourClock() {
        SessionsView view = open();

        assertThat(view.startsAt.getLocale()).isEqualTo(Locale.UK);
        assertThat(view.startsAt.getHelperText()).contains("Day, month, year", "24-hour");
    }

    @Test
    @WithUserDetails(TestUsers.ELENA)
    void aClickOnTheUntouchedFormBooksNothingAndSaysWhatIsMissing() {
        SessionsView view = open();
        int before = sessionsOfAlex();

        test(view.save).click();

        assertThat(sessionsOfAlex()).isEqualTo(before);
        assertThat(view.startsAt.isInvalid()).isTrue();
        assertThat(view.startsAt.getErrorMessage()).isEqualTo("Choose the date and time of the session");
        assertThat(view.startsAt.isRequiredIndicatorVisible()).isTrue();
    }

    @Test
    @WithUserDetails(TestUsers.ELENA)
    void fiveMinutesIsRefusedWithTheAllowedRangeAndNothingTypedIsLost() {
        SessionsView view = open();
        LocalDateTime nextWeek = LocalDateTime.now(clock).plusWeeks(1).withHour(10).withMinute(0).withSecond(0).withNano(0);
        view.startsAt.setValue(nextWeek);
        view.durationMinutes.setValue(5);
        test(view.privateNote).setValue("Bring the reasons list");
        int before = sessionsOfAlex();

        test(view.save).click();

        assertThat(sessionsOfAlex()).isEqualTo(before);
        assertThat(view.durationMinutes.isInvalid()).isTrue();
        assertThat(view.durationMinutes.getErrorMessage()).contains("10 to 240");
        assertThat(view.startsAt.getValue()).isEqualTo(nextWeek);
        assertThat(view.privateNote.getValue()).isEqualTo("Bring the reasons list");
        assertThat(view.durationMinutes.getValue()).isEqualTo(5);
    }

    @Test
    @WithUserDetails(TestUsers.ELENA)
    void aScheduledSessionInThePastIsRefusedNamingTheDayTheDateWasReadAs() {
        SessionsView view = open();
        LocalDateTime past = LocalDateTime.now(clock).minusMonths(8).withHour(10).withMinute(0).withSecond(0).withNano(0);
        view.startsAt.setValue(past);
        test(view.privateNote).setValue("First session after the move");
        int before = sessionsOfAlex();

        test(view.save).click();

        assertThat(sessionsOfAlex()).isEqualTo(before);
        assertThat(view.startsAt.isInvalid()).isTrue();
        assertThat(view.startsAt.getErrorMessage()).contains("is in the past", "Held",
                past.getDayOfMonth() + " " + past.getMonth().getDisplayName(java.time.format.TextStyle.FULL, Locale.UK)
                        + " " + past.getYear() + " at 10:00 is in the past");
        assertThat(view.privateNote.getValue()).isEqualTo("First session after the move");
    }

    @Test
    @WithUserDetails(TestUsers.ELENA)
    void aPastSessionRecordedAsHeldIsSaved() {
        SessionsView view = open();
        LocalDateTime past = LocalDateTime.now(clock).minusDays(2).withHour(10).withMinute(0).withSecond(0).withNano(0);
        view.startsAt.setValue(past);
        view.status.setValue(SessionStatus.HELD);
        int before = sessionsOfAlex();

        test(view.save).click();

        assertThat(sessionsOfAlex()).isEqualTo(before + 1);
        assertThat(view.startsAt.getValue()).as("the form is ready for the next session").isNull();
    }

    @Test
    @WithUserDetails(TestUsers.ELENA)
    void aPastedNoteOverTheLimitIsKeptWholeAndSaysHowMuchToCut() {
        SessionsView view = open();
        view.startsAt.setValue(LocalDateTime.now(clock).plusWeeks(1).withHour(10).withMinute(0).withSecond(0).withNano(0));
        String pasted = "n".repeat(org.holdfast.clients.SessionForm.NOTE_MAX + 120);
        test(view.privateNote).setValue(pasted);
        int before = sessionsOfAlex();

        test(view.save).click();

        assertThat(sessionsOfAlex()).isEqualTo(before);
        assertThat(view.privateNote.getValue()).isEqualTo(pasted);
        assertThat(view.privateNote.getErrorMessage()).isEqualTo("120 characters too long: shorten it to save");
    }

    @Test
    @WithUserDetails(TestUsers.ELENA)
    void theBrowserTabNamesTheClient() {
        open();

        assertThat(com.vaadin.flow.component.UI.getCurrent().getInternals().getTitle())
                .isEqualTo(jdbc.queryForObject("select display_name from client where id = ?", String.class, alex)
                        + " · Sessions · Holdfast");
    }

    private SessionsView open() {
        return navigate(SessionsView.class, Map.of("clientId", String.valueOf(alex)));
    }

    private int sessionsOfAlex() {
        return jdbc.queryForObject("select count(*) from therapy_session where client_id = ?", Integer.class, alex);
    }
}
