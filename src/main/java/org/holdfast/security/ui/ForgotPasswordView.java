package org.holdfast.security.ui;

import java.util.Optional;

import org.holdfast.security.PasswordRules;
import org.holdfast.security.SecondFactorCodeException;
import org.holdfast.security.SecondFactors;
import org.holdfast.security.UserAccount;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * "Forgot your password?": a client who kept their recovery codes sets a new password with one, without mail or SMS.
 * Every refusal of the username and code reads the same, whether the account exists or not; each counts toward the
 * lock-out. Anyone else asks their clinician or the practice manager for a reset link.
 */
@Route(value = "forgot-password", autoLayout = false)
@PageTitle("Forgot your password · Holdfast")
@AnonymousAllowed
public class ForgotPasswordView extends Main {

    final TextField username = new TextField("Email or username");
    final TextField code = new TextField("One of your recovery codes");
    final PasswordField password = new PasswordField("New password");
    final PasswordField repeat = new PasswordField("Type it again");
    final Button reset = new Button("Set new password");
    private final Div card = new Div();
    private final SecondFactors factors;

    public ForgotPasswordView(SecondFactors factors) {
        this.factors = factors;
        addClassName("login-view");
        H1 brand = new H1("Holdfast");
        brand.addClassName("login-brand");
        card.addClassName("activation-card");
        username.setAutocomplete(Autocomplete.USERNAME);
        username.setMaxLength(UserAccount.USERNAME_MAX);
        code.setAutocomplete(Autocomplete.OFF);
        code.setMaxLength(40);
        code.setHelperText("Like ABCD-EFGH-JKLM-NPQR, from the list you saved when you set up a second factor");
        password.setAutocomplete(Autocomplete.NEW_PASSWORD);
        repeat.setAutocomplete(Autocomplete.NEW_PASSWORD);
        password.setHelperText(PasswordRules.advice(true));
        for (var field : new com.vaadin.flow.component.HasSize[] { username, code, password, repeat, reset }) {
            field.setWidthFull();
        }
        reset.addThemeVariants(ButtonVariant.PRIMARY);
        reset.setDisableOnClick(true);
        reset.addClickListener(e -> submit());
        card.add(new Paragraph("With one of your recovery codes you can choose a new password here. The code is then "
                + "used up. No recovery codes? Ask your clinician (staff: the practice manager) for a reset link."),
                username, code, password, repeat, reset, new RouterLink("Back to sign in", LoginView.class));
        add(brand, card);
    }

    private void submit() {
        try {
            for (var field : new com.vaadin.flow.component.HasValidation[] { username, code, password, repeat }) {
                field.setInvalid(false);
            }
            // Checked here too, so the reason shows before the code is tried (and used up).
            Optional<String> problem = PasswordRules.problem(password.getValue(), true, username.getValue());
            if (problem.isPresent()) {
                refuse(password, problem.get());
                return;
            }
            if (!password.getValue().equals(repeat.getValue())) {
                refuse(repeat, "The two passwords are not the same");
                return;
            }
            factors.resetPasswordWithRecoveryCode(username.getValue(), code.getValue(), password.getValue());
            card.removeAll();
            card.add(new Paragraph("Your password is changed and that recovery code is used up. Sign in with the new "
                    + "password."), new RouterLink("Go to sign in", LoginView.class));
        } catch (SecondFactorCodeException refused) {
            refuse(code, refused.getMessage());
        } catch (IllegalArgumentException rejected) {
            refuse(password, rejected.getMessage());
        } finally {
            reset.setEnabled(true);
        }
    }

    private static void refuse(com.vaadin.flow.component.HasValidation field, String message) {
        field.setErrorMessage(message);
        field.setInvalid(true);
    }
}
