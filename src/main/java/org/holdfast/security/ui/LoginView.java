package org.holdfast.security.ui;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.holdfast.shared.QuickExitSettings;
import org.holdfast.shared.ui.QuickExit;
import org.springframework.core.env.Environment;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dependency.JavaScript;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

@Route(value = "login", autoLayout = false)
@JavaScript(PasskeyCeremony.SCRIPT)
@JavaScript(QuickExit.SCRIPT)
@PageTitle("Sign in · Holdfast")
@AnonymousAllowed
public class LoginView extends Main implements BeforeEnterObserver {

    private final LoginForm form = new LoginForm();
    final Button passkey = new Button("Sign in with a passkey");
    final Paragraph passkeyProblem = new Paragraph();
    /** Why the person is here again, when their session was ended: said neutrally, never who or what ended it. */
    final Paragraph signedOut = new Paragraph();

    public LoginView(Environment environment, QuickExitSettings quickExit) {
        addClassName("login-view");
        form.setAction("login");
        // A client with recovery codes resets here; anyone else is told there to ask for a reset link.
        form.addForgotPasswordListener(e -> form.getUI().ifPresent(ui -> ui.navigate(ForgotPasswordView.class)));
        form.setI18n(i18n());

        // Said plainly for everyone: whoever glances at this page learns nothing about why it is open.
        Div exit = new Div();
        exit.getElement().setProperty("innerHTML", QuickExit.markup(quickExit));
        exit.addClassName("login-exit");
        H1 brand = new H1("Holdfast");
        brand.addClassName("login-brand");
        Paragraph tagline = new Paragraph("Notes and plans between sessions with your practice.");
        tagline.addClassName("login-tagline");
        add(exit, brand, tagline);
        if (runsTheDemo(environment)) {
            Paragraph demo = new Paragraph("This is a demo with invented people. Every demo account shares one "
                    + "published password, so anyone can sign in: never enter real client information here.");
            demo.addClassName("login-demo-notice");
            demo.getElement().setAttribute("role", "note");
            add(demo);
        }
        signedOut.addClassName("login-signed-out");
        signedOut.getElement().setAttribute("role", "status");
        signedOut.setVisible(false);
        Anchor safeUse = new Anchor("safe-use", "Using Holdfast safely");
        safeUse.addClassName("login-safe-use");
        add(signedOut, form, passkeySignIn(), safeUse);
    }

    /** No username to type: the browser offers the passkeys it holds for this site, and the chosen one names the account. */
    private Div passkeySignIn() {
        passkey.addClassName("login-passkey");
        passkey.setIcon(VaadinIcon.KEY.create());
        passkey.setDisableOnClick(true);
        passkeyProblem.addClassName("login-passkey-problem");
        passkeyProblem.getElement().setAttribute("role", "alert");
        passkeyProblem.setVisible(false);
        passkey.addClickListener(e -> PasskeyCeremony.signIn(this, outcome -> {
            if (outcome.name().equals("signed-in")) {
                return; // the browser is already on its way in
            }
            passkey.setEnabled(true);
            passkeyProblem.setText(switch (outcome.name()) {
                case "cancelled" -> "No passkey was chosen. Try again, or sign in with your password.";
                case "unsupported" -> "This browser cannot use passkeys. Sign in with your password.";
                default -> "That passkey did not sign you in. Try again, or sign in with your password.";
            });
            passkeyProblem.setVisible(true);
        }));
        Div block = new Div(passkey, passkeyProblem);
        block.addClassName("login-passkey-block");
        return block;
    }

    /** The same test the demo loader uses, read from the settings so that sign-in does not depend on the demo module. */
    static boolean runsTheDemo(Environment environment) {
        return environment.matchesProfiles("demo")
                || environment.getProperty("holdfast.demo-data", Boolean.class, false);
    }

    private static LoginI18n i18n() {
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle("Sign in");
        i18n.getForm().setUsername("Email or username");
        i18n.getForm().setForgotPassword("Forgot your password?");
        LoginI18n.ErrorMessage error = i18n.getErrorMessage();
        error.setTitle("That didn't work");
        error.setMessage("The username or password is not right. Check both and try again.");
        return i18n;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> parameters = event.getLocation().getQueryParameters().getParameters();
        form.setError(parameters.containsKey("error"));
        Optional<String> reason = signedOutReason(parameters);
        signedOut.setText(reason.orElse(""));
        signedOut.setVisible(reason.isPresent());
    }

    // True of the journal forms and Today's check-in, which keep a server-side draft as the client types.
    private static final String KEPT = " Anything you were writing in your journal or check-in was kept as a draft.";

    /** Only fixed sentences; the one number taken from the address is read as a small whole number. */
    static Optional<String> signedOutReason(Map<String, List<String>> parameters) {
        if (parameters.containsKey("idle")) {
            String value = parameters.get("idle").isEmpty() ? "" : parameters.get("idle").getFirst();
            int minutes = value.matches("\\d{1,4}") ? Integer.parseInt(value) : 0;
            return Optional.of(minutes > 0
                    ? "You were signed out after " + minutes + (minutes == 1 ? " minute" : " minutes")
                            + " without activity. Sign in again to continue." + KEPT
                    : "You were signed out after a time without activity. Sign in again to continue." + KEPT);
        }
        if (parameters.containsKey("ended")) {
            return Optional.of("You were signed out because a sign-in lasts at most a set time. Sign in again to continue.");
        }
        if (parameters.containsKey("signed-out")) {
            return Optional.of("You were signed out. Sign in again to continue." + KEPT);
        }
        return Optional.empty();
    }
}
