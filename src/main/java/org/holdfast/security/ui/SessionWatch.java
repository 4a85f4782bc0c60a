package org.holdfast.security.ui;

import java.time.Duration;
import java.time.ZoneId;
import java.util.Optional;

import org.holdfast.security.CurrentUser;
import org.holdfast.security.SessionLimits;
import org.holdfast.security.SecondFactors;
import org.holdfast.security.SignInHistory;
import org.holdfast.security.SignedInUser;
import org.holdfast.shared.CrisisLines;
import org.holdfast.shared.Dates;
import org.springframework.stereotype.Component;

import com.vaadin.flow.component.ReconnectDialogConfiguration;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.server.CustomizedSystemMessages;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.SystemMessages;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;

/**
 * What an open tab does about the session's limits. The server ends an idle or too-old session on its own (see
 * {@code SessionActivityFilter}); this makes it happen while the tab is open and warns first. Each signed-in
 * page asks the server (Vaadin's polling) shortly before the idle warning is due and again when the session would
 * end; those checks are marked as not being activity. A minute before an idle sign-out a dialog offers "Stay
 * signed in"; when the time is up, the next check is refused and the page lands on the log-in page, which says
 * why. Also: Vaadin's own "session expired" answer goes straight to the log-in page rather than a notice, and the
 * first page after sign-in says when the account last signed in, so a person notices a sign-in that was not theirs.
 */
@Component
class SessionWatch implements VaadinServiceInitListener {

    static final String LAST_SIGN_IN_SHOWN = SessionWatch.class.getName() + ".lastSignInShown";
    private static final Duration LONGEST_WAIT = Duration.ofMinutes(5);

    private final SessionLimits limits;
    private final CurrentUser currentUser;
    private final SignInHistory history;
    private final SecondFactors factors;
    private final ZoneId zone;
    private final CrisisLines crisisLines;

    SessionWatch(SessionLimits limits, CurrentUser currentUser, SignInHistory history, SecondFactors factors,
            CrisisLines crisisLines, java.time.Clock clock) {
        this.crisisLines = crisisLines;
        this.factors = factors;
        this.limits = limits;
        this.currentUser = currentUser;
        this.history = history;
        this.zone = clock.getZone();
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        SystemMessages messages = systemMessages();
        event.getSource().setSystemMessagesProvider(info -> messages);
        event.getSource().addUIInitListener(init -> {
            connectionTexts(init.getUI().getReconnectDialogConfiguration(), crisisLines);
            currentUser.find().ifPresent(user -> watch(init.getUI(), user));
        });
    }

    /**
     * Vaadin's own notices, in the portal's words. An expired session goes straight to the log-in page, which says
     * why and that drafts were kept; the others say what happened and what to do, and never blame the reader.
     */
    static SystemMessages systemMessages() {
        CustomizedSystemMessages messages = new CustomizedSystemMessages();
        messages.setSessionExpiredNotificationEnabled(false);
        messages.setSessionExpiredURL("login?signed-out");
        messages.setCookiesDisabledCaption("Cookies are turned off");
        messages.setCookiesDisabledMessage("Holdfast needs one cookie to keep you signed in, and nothing else. Turn "
                + "cookies on for this site in your browser's settings, then reload this page.");
        messages.setInternalErrorCaption("Something went wrong on our side");
        messages.setInternalErrorMessage("It was not anything you did. Reload the page to carry on: anything you were "
                + "writing in your journal or check-in is kept as a draft.");
        messages.setSyncErrorCaption("This page fell out of step");
        messages.setSyncErrorMessage("Reload the page to carry on: anything you were writing in your journal or "
                + "check-in is kept as a draft.");
        return messages;
    }

    /**
     * What the page says while the connection is down. The page keeps what was typed and sends it when the
     * connection is back; after giving up it says so plainly and gives the practice's emergency numbers, since a
     * lost connection may be the moment someone needs them.
     */
    static void connectionTexts(ReconnectDialogConfiguration connection, CrisisLines crisisLines) {
        connection.setDialogText("Connection lost. Trying again… What you type stays on this page.");
        connection.setDialogTextGaveUp("No connection. Keep this page open and reload it when you are back online. "
                + "If you are in danger now, call " + crisisLines.emergencyNumber() + ".");
    }

    void watch(UI ui, SignedInUser user) {
        closeLogInPages(ui);
        IdleDialog dialog = new IdleDialog(ui);
        ui.addPollListener(poll -> {
            // The page asking is not the person doing something: the idle clock must not move for it.
            Optional.ofNullable(VaadinRequest.getCurrent()).ifPresent(r -> r.setAttribute(SessionLimits.NOT_ACTIVITY, true));
            check(ui, user, dialog);
        });
        check(ui, user, dialog);
        showLastSignIn(ui);
    }

    /**
     * The log-in page the person just signed in on keeps its UI in the session (signing in keeps the session's
     * contents under a new id) until its heartbeats have stopped for a quarter of an hour: about 40 KB each. The
     * signed-in page that follows closes it. A log-in page still open in another tab reloads, signed in, when next used.
     */
    static void closeLogInPages(UI ui) {
        VaadinSession session = ui.getSession();
        if (session == null) {
            return;
        }
        session.getUIs().stream().filter(other -> other != ui && other.getInternals().getActiveRouterTargetsChain()
                .stream().anyMatch(LoginView.class::isInstance)).forEach(UI::close);
    }

    /** Opens or closes the warning and asks again when the next thing is due. */
    void check(UI ui, SignedInUser user, IdleDialog dialog) {
        SessionLimits.Verdict verdict = limits.verdict(session(ui), user.role());
        Duration untilWarning = verdict.left().minus(limits.warningBefore());
        if (verdict.state() == SessionLimits.State.ENDING_SOON) {
            dialog.show(verdict);
        } else {
            dialog.close();
        }
        Duration wait = untilWarning.isNegative() || untilWarning.isZero() ? verdict.left() : untilWarning;
        // A second past the moment, so the request arrives after it; never less than a second, never idle for long.
        wait = wait.plusSeconds(1);
        ui.setPollInterval((int) Math.min(wait.toMillis(), LONGEST_WAIT.toMillis()));
    }

    private void showLastSignIn(UI ui) {
        WrappedSession session = session(ui);
        // Staff still owing their second factor see it once they have given it: until then the sign-in is not
        // theirs for certain, and the history is refused to them like everything else.
        if (session == null || session.getAttribute(LAST_SIGN_IN_SHOWN) != null
                || factors.gate() == SecondFactors.Gate.VERIFY) {
            return;
        }
        session.setAttribute(LAST_SIGN_IN_SHOWN, true);
        history.beforeThisOne().ifPresent(previous -> {
            Notification notice = new Notification(lastSignIn(previous, zone), 10_000, Notification.Position.BOTTOM_START);
            notice.getElement().setAttribute("role", "status");
            // Gone from the page once it has been read, rather than kept in the tab's memory for the session.
            notice.addOpenedChangeListener(e -> {
                if (!e.isOpened()) {
                    notice.removeFromParent();
                }
            });
            ui.add(notice);
            notice.open();
        });
    }

    /** "Last signed in Tuesday 1 December at 14:02, Firefox on Android. 2 failed attempts since." */
    static String lastSignIn(SignInHistory.PreviousSignIn previous, ZoneId zone) {
        String text = "Last signed in " + Dates.longDayAtTime(previous.signIn().at(), zone) + ", "
                + previous.signIn().browser() + ".";
        if (previous.failuresSince() > 0) {
            text += " " + previous.failuresSince() + (previous.failuresSince() == 1 ? " failed attempt" : " failed attempts")
                    + " since then: see Sign-in and security.";
        }
        return text;
    }

    private static WrappedSession session(UI ui) {
        VaadinSession session = ui.getSession();
        return session == null ? null : session.getSession();
    }

    /**
     * The warning before an idle sign-out; "Stay signed in" starts the idle clock again. Its components are made
     * when it first opens: most pages never show it, and made up front they cost every open tab about 10 KB.
     */
    final class IdleDialog {

        Dialog dialog;
        Paragraph text;
        Button stay;
        private final UI ui;

        IdleDialog(UI ui) {
            this.ui = ui;
        }

        private void build() {
            dialog = new Dialog();
            text = new Paragraph();
            stay = new Button("Stay signed in");
            dialog.setHeaderTitle("Are you still there?");
            dialog.setCloseOnOutsideClick(false);
            dialog.add(text);
            stay.addThemeVariants(ButtonVariant.PRIMARY);
            stay.addClickListener(e -> {
                limits.recordActivity(session(ui));
                currentUser.find().ifPresent(user -> check(ui, user, this));
            });
            dialog.getFooter().add(stay);
            dialog.addOpenedChangeListener(e -> {
                if (!e.isOpened() && e.isFromClient()) {
                    // Closing the dialog with Esc is also the person being there.
                    limits.recordActivity(session(ui));
                }
            });
        }

        void show(SessionLimits.Verdict verdict) {
            if (dialog == null) {
                build();
            }
            long seconds = Math.max(1, verdict.left().toSeconds());
            String in = seconds >= 60 ? (seconds / 60) + (seconds / 60 == 1 ? " minute" : " minutes") : seconds + " seconds";
            // The absolute lifetime cannot be put off: then the dialog only says what is coming.
            text.setText(verdict.lifetime()
                    ? "You have been signed in for a long time. For your privacy you will be signed out in " + in
                            + ": save what you are doing, then sign in again."
                    : "For your privacy you will be signed out in " + in
                            + " unless you stay. Anything you have not saved will be lost.");
            stay.setVisible(!verdict.lifetime());
            if (!dialog.isOpened()) {
                ui.add(dialog);
                dialog.open();
            }
        }

        void close() {
            if (isOpen()) {
                dialog.close();
            }
        }

        boolean isOpen() {
            return dialog != null && dialog.isOpened();
        }
    }
}
