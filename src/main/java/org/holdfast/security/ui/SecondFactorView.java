package org.holdfast.security.ui;

import org.holdfast.security.Passkeys;
import org.holdfast.security.SecondFactorCodeException;
import org.holdfast.security.SecondFactors;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.JavaScript;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;

import jakarta.annotation.security.PermitAll;

/**
 * Where staff go after their password when a second factor is required ({@link SecondFactorGate}): those with an
 * authenticator app type its code (or a recovery code) or use a passkey, those without one set up an app or a
 * passkey here. Outside the main layout,
 * whose menu leads to pages they may not open yet.
 */
@Route(value = "second-factor", autoLayout = false)
@JavaScript(PasskeyCeremony.SCRIPT)
@PageTitle("Second factor · Holdfast")
@PermitAll
public class SecondFactorView extends Main {

    final TextField code = new TextField("Code from your authenticator app");
    final Button verify = new Button("Continue");
    final Button usePasskey = new Button("Use a passkey");
    final Button addPasskey = new Button("Add a passkey on this device");
    final Paragraph passkeyProblem = new Paragraph();
    private final SecondFactors factors;

    private final Passkeys passkeys;

    public SecondFactorView(SecondFactors factors, Passkeys passkeys, AuthenticationContext authentication) {
        this.passkeys = passkeys;
        this.factors = factors;
        addClassName("second-factor-view");
        add(new H1("One more step"));
        SecondFactors.Status status = factors.status();
        passkeyProblem.setVisible(false);
        passkeyProblem.getElement().setAttribute("role", "alert");
        usePasskey.addClickListener(e -> usePasskey());
        addPasskey.addClickListener(e -> addPasskey());
        if (status.hasAny()) {
            code.getElement().setAttribute("autocomplete", "one-time-code");
            code.setHelperText("Six digits. Lost your phone? Type one of your recovery codes instead.");
            code.setMaxLength(40);
            code.setAutofocus(true);
            verify.addThemeVariants(ButtonVariant.PRIMARY);
            verify.addClickShortcut(Key.ENTER);
            verify.addClickListener(e -> verify());
            add(new Paragraph("Your practice asks staff for a second factor before showing any client's information."),
                    code, verify);
            if (status.passkey()) {
                add(new Paragraph("Or use one of your passkeys instead:"), usePasskey, passkeyProblem);
            }
        } else {
            add(new Paragraph("Your practice asks staff for a second factor before showing any client's information. "
                    + "Set one up now: it takes a minute with an authenticator app on your phone."),
                    new AuthenticatorSection(factors).onFactorAdded(SecondFactorView::home),
                    new Paragraph("Or make a passkey on this device (its fingerprint, face or screen lock), then use it:"),
                    addPasskey, passkeyProblem);
        }
        add(new Div(new Button("Sign out", e -> authentication.logout())));
    }

    private void verify() {
        code.setInvalid(false);
        try {
            factors.verify(code.getValue());
            home();
        } catch (SecondFactorCodeException refused) {
            code.setErrorMessage(refused.getMessage());
            code.setInvalid(true);
        }
    }

    /** A passkey is multi-factor on its own: Spring Security's passkey sign-in replaces the password-only one. */
    private void usePasskey() {
        PasskeyCeremony.signIn(this, outcome -> {
            if (outcome.name().equals("signed-in")) {
                return; // the browser is already on its way in
            }
            problem(outcome.name().equals("cancelled") ? "No passkey was chosen. Try again, or type a code."
                    : "That passkey did not work. Try again, or type a code.");
        });
    }

    /** Making a passkey is not yet using one: once made, it is used to go on. */
    private void addPasskey() {
        // A password typed more than five minutes ago is asked for again before a lasting way in is added.
        StepUpDialog.attempt(() -> {
            passkeys.mayAdd();
            makePasskey();
        });
    }

    private void makePasskey() {
        PasskeyCeremony.register(this, "Passkey", outcome -> {
            if (outcome.name().equals("registered")) {
                passkeyProblem.setVisible(false);
                int at = indexOf(addPasskey);
                remove(addPasskey);
                addComponentAtIndex(at, new Paragraph("Your passkey is ready. Use it now to go on:"));
                addComponentAtIndex(at + 1, usePasskey);
                return;
            }
            problem(switch (outcome.name()) {
                case "cancelled" -> "No passkey was made. Try again, or set up an authenticator app.";
                case "unsupported" -> "This browser cannot make passkeys. Set up an authenticator app instead.";
                default -> "The passkey could not be made. Try again, or set up an authenticator app.";
            });
        });
    }

    private void problem(String text) {
        passkeyProblem.setText(text);
        passkeyProblem.setVisible(true);
    }

    private static void home() {
        UI.getCurrent().navigate("");
    }
}
