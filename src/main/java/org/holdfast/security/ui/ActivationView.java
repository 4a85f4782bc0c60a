package org.holdfast.security.ui;

import com.vaadin.flow.router.RouterLink;
import java.util.Optional;

import org.holdfast.security.AccountService;
import org.holdfast.security.ActivationLinkInvalidException;
import org.holdfast.security.PasswordRules;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * Where a new account's owner sets their first password, from the one-time link their clinician or the practice
 * manager gave them, and where someone who lost theirs sets a new one from the manager's reset link. An unknown,
 * used or expired link gets one message that says nothing about any account.
 */
@Route(value = "activate/:token", autoLayout = false)
@RouteAlias(value = "reset/:token", autoLayout = false)
@PageTitle("Set your password · Holdfast")
@AnonymousAllowed
public class ActivationView extends Main implements BeforeEnterObserver {

    final PasswordField password = new PasswordField("Choose a password");
    final PasswordField repeat = new PasswordField("Type it again");
    final Button activate = new Button("Set password");
    private final Div card = new Div();
    private final AccountService accounts;
    private String token;
    private boolean reset;

    public ActivationView(AccountService accounts) {
        this.accounts = accounts;
        addClassName("login-view");
        H1 brand = new H1("Holdfast");
        brand.addClassName("login-brand");
        card.addClassName("activation-card");
        // A new account cannot have a second factor yet: factors are set up after the first sign-in.
        password.setHelperText(PasswordRules.advice(false));
        password.setWidthFull();
        repeat.setWidthFull();
        activate.addThemeVariants(ButtonVariant.PRIMARY);
        activate.setWidthFull();
        activate.setDisableOnClick(true);
        activate.addClickListener(e -> submit());
        add(brand, card);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getRouteParameters().get("token").orElse("");
        card.removeAll();
        Optional<AccountService.PasswordLink> link = accounts.passwordLinkFor(token);
        if (link.isEmpty()) {
            showInvalid();
            return;
        }
        String name = link.get().displayName();
        reset = link.get().reset();
        if (reset) {
            password.setLabel("Choose a new password");
            activate.setText("Set new password");
        }
        card.add(new Paragraph(link.get().reset()
                ? "Hello, " + name + ". Choose a new password for your account. This link works once; "
                        + "any device still signed in to your account has been signed out."
                : "Welcome, " + name + ". Choose a password to open your account. This link works once."),
                password, repeat, activate);
    }

    private void submit() {
        try {
            password.setInvalid(false);
            repeat.setInvalid(false);
            Optional<String> problem = PasswordRules.problem(password.getValue(), false);
            if (problem.isPresent()) {
                password.setErrorMessage(problem.get());
                password.setInvalid(true);
                return;
            }
            if (!password.getValue().equals(repeat.getValue())) {
                repeat.setErrorMessage("The two passwords are not the same");
                repeat.setInvalid(true);
                return;
            }
            String username = accounts.activate(token, password.getValue());
            card.removeAll();
            card.add(new Paragraph((reset ? "Your new password is set." : "Your account is ready.") + " Sign in with "
                    + username + " and the password you chose."),
                    new RouterLink("Go to sign in", LoginView.class));
        } catch (IllegalArgumentException rejected) {
            password.setErrorMessage(rejected.getMessage());
            password.setInvalid(true);
        } catch (ActivationLinkInvalidException used) {
            showInvalid();
        } finally {
            activate.setEnabled(true);
        }
    }

    private void showInvalid() {
        card.removeAll();
        card.add(new Paragraph("This link has expired or was already used. Ask whoever gave it to you for a new one."),
                new RouterLink("Go to sign in", LoginView.class));
    }
}
