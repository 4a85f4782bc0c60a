package org.holdfast.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import org.holdfast.TestUsers;
import org.holdfast.security.CurrentUser;
import org.holdfast.security.SessionLimits;
import org.holdfast.security.SignInHistory;
import org.holdfast.security.SignInRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.PollEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.WrappedSession;

/**
 * The open tab's side of idle sign-out: the warning a minute before, "Stay signed in" starting the clock again,
 * the lifetime warning that cannot be put off, and the page asking again when the next thing is due. (That the
 * server really ends the session is {@code SessionHttpTests}.)
 */
@SpringBootTest
@Transactional
class SessionWatchUiTests extends SpringBrowserlessTest {

    @Autowired
    SessionWatch watch;

    @Autowired
    CurrentUser currentUser;

    @Autowired
    Clock clock;

    @Test
    @WithUserDetails(TestUsers.ELENA)
    void aMinuteBeforeAnIdleSignOutThePageOffersToStayAndStayingStartsTheClockAgain() {
        navigate(SecurityView.class);
        UI ui = UI.getCurrent();
        Instant now = clock.instant();
        WrappedSession session = ui.getSession().getSession();
        session.setAttribute(SessionLimits.SIGNED_IN_AT, now.minus(Duration.ofMinutes(20)));
        session.setAttribute(SessionLimits.LAST_ACTIVITY, now.minus(Duration.ofMinutes(14).plusSeconds(30)));
        SessionWatch.IdleDialog dialog = watch.new IdleDialog(ui);

        watch.check(ui, currentUser.require(), dialog);

        assertThat(dialog.isOpen()).isTrue();
        assertThat(dialog.text.getText()).startsWith("For your privacy you will be signed out in")
                .contains("seconds unless you stay");
        assertThat(dialog.stay.isVisible()).isTrue();
        assertThat(ui.getPollInterval()).as("asks again just after the end").isBetween(1_000, 31_000);

        test(dialog.stay).click();

        assertThat(dialog.isOpen()).isFalse();
        assertThat((Instant) session.getAttribute(SessionLimits.LAST_ACTIVITY)).isAfterOrEqualTo(now);
        assertThat(ui.getPollInterval()).as("next check at most five minutes on").isEqualTo(5 * 60_000);
    }

    @Test
    @WithUserDetails(TestUsers.ZOE)
    void thePagesOwnCheckOpensTheWarningWhenItIsDue() {
        navigate(SecurityView.class);
        UI ui = UI.getCurrent();
        Instant now = clock.instant();
        WrappedSession session = ui.getSession().getSession();
        session.setAttribute(SessionLimits.SIGNED_IN_AT, now.minus(Duration.ofMinutes(30)));
        session.setAttribute(SessionLimits.LAST_ACTIVITY, now.minus(Duration.ofMinutes(3)));
        watch.watch(ui, currentUser.require());
        assertThat(ui.getPollInterval()).as("a client's warning is due at 9 idle minutes")
                .isBetween(5 * 60_000 + 1_000 - 2_000, 6 * 60_000 + 1_000);

        session.setAttribute(SessionLimits.LAST_ACTIVITY, now.minus(Duration.ofMinutes(9).plusSeconds(10)));
        ComponentUtil.fireEvent(ui, new PollEvent(ui, true));

        assertThat(ui.getChildren().filter(c -> c instanceof com.vaadin.flow.component.dialog.Dialog)
                .map(c -> ((com.vaadin.flow.component.dialog.Dialog) c).isOpened())).contains(true);
    }

    @Test
    @WithUserDetails(TestUsers.ELENA)
    void theTwelveHourEndIsAnnouncedButCannotBePutOff() {
        navigate(SecurityView.class);
        UI ui = UI.getCurrent();
        Instant now = clock.instant();
        WrappedSession session = ui.getSession().getSession();
        session.setAttribute(SessionLimits.SIGNED_IN_AT, now.minus(Duration.ofHours(12)).plusSeconds(40));
        session.setAttribute(SessionLimits.LAST_ACTIVITY, now);
        SessionWatch.IdleDialog dialog = watch.new IdleDialog(ui);

        watch.check(ui, currentUser.require(), dialog);

        assertThat(dialog.isOpen()).isTrue();
        assertThat(dialog.text.getText()).contains("signed in for a long time");
        assertThat(dialog.stay.isVisible()).isFalse();
    }

    @Test
    void theNoticeAfterSignInNamesTheLastSignInAndAnyFailuresSince() {
        SignInRecord tuesday = new SignInRecord(Instant.parse("2026-12-01T14:02:00Z"), SignInRecord.Outcome.SIGNED_IN,
                "Firefox Mobile on Android", "Local network");
        assertThat(SessionWatch.lastSignIn(new SignInHistory.PreviousSignIn(tuesday, 0), ZoneId.of("UTC")))
                .isEqualTo("Last signed in Tuesday 1 December at 14:02, Firefox Mobile on Android.");
        assertThat(SessionWatch.lastSignIn(new SignInHistory.PreviousSignIn(tuesday, 2), ZoneId.of("UTC")))
                .endsWith("Firefox Mobile on Android. 2 failed attempts since then: see Sign-in and security.");
    }

    @Test
    @WithUserDetails(TestUsers.ZOE)
    void vaadinsOwnNoticesSpeakThePortalsLanguageAndALostConnectionGivesTheEmergencyNumbers() {
        navigate(SecurityView.class);
        var messages = SessionWatch.systemMessages();
        assertThat(messages.getCookiesDisabledCaption()).isEqualTo("Cookies are turned off");
        assertThat(messages.getInternalErrorMessage()).contains("kept as a draft");
        assertThat(messages.getSessionExpiredURL()).isEqualTo("login?signed-out");
        assertThat(messages.isSessionExpiredNotificationEnabled()).isFalse();
        // Set for every page as it opens.
        var connection = UI.getCurrent().getReconnectDialogConfiguration();
        assertThat(connection.getDialogText()).startsWith("Connection lost.");
        assertThat(connection.getDialogTextGaveUp()).contains("If you are in danger now, call 999 / 112");
    }
}
