package org.holdfast.security.ui;

import org.holdfast.security.SecondFactorCodeException;
import org.holdfast.security.SecondFactors;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;

import jakarta.annotation.security.PermitAll;

/**
 * Where staff go after their password when a second factor is required ({@link SecondFactorGate}): those with an
 * authenticator app type its code (or a recovery code), those without one set one up here. Outside the main layout,
 * whose menu leads to pages they may not open yet.
 */
@Route(value = "second-factor", autoLayout = false)
@PageTitle("Second factor · Holdfast")
@PermitAll
public class SecondFactorView extends Main {

    final com.vaadin.flow.component.textfield.TextField code = new com.vaadin.flow.component.textfield.TextField(
            "Code from your authenticator app");
    final Button verify = new Button("Continue");
    private final SecondFactors factors;

    public SecondFactorView(SecondFactors factors, AuthenticationContext authentication) {
        this.factors = factors;
        addClassName("second-factor-view");
        add(new H1("One more step"));
        SecondFactors.Status status = factors.status();
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
        } else {
            add(new Paragraph("Your practice asks staff for a second factor before showing any client's information. "
                    + "Set one up now: it takes a minute with an authenticator app on your phone."),
                    new AuthenticatorSection(factors).onFactorAdded(SecondFactorView::home));
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

    private static void home() {
        UI.getCurrent().navigate("");
    }
}
