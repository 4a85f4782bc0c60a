package org.holdfast.security.ui;

import java.time.Clock;
import java.util.Optional;

import org.holdfast.security.AccountService;
import org.holdfast.security.OpenSessions;
import org.holdfast.security.Passkeys;
import org.holdfast.security.PasswordRules;
import org.holdfast.security.SignInHistory;
import org.holdfast.security.SecondFactors;
import org.holdfast.security.WrongCurrentPasswordException;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.PermitAll;

/**
 * How the signed-in person gets in: their password and authenticator app. Passkeys and devices join this
 * page as sections of their own, so it is named after the subject, not after passwords.
 */
@Route("account/security")
@PageTitle("Sign-in and security · Holdfast")
@Menu(title = "Sign-in and security", order = 99, icon = "vaadin:lock")
@PermitAll
public class SecurityView extends VerticalLayout {

    final PasswordField current = new PasswordField("Current password");
    final PasswordField chosen = new PasswordField("New password");
    final PasswordField repeat = new PasswordField("Type the new password again");
    final Button change = new Button("Change password");
    final Paragraph done = new Paragraph();
    private final AccountService accounts;
    private final SecondFactors factors;

    final DevicesSection devices;
    final RecentSignInsSection recentSignIns;

    public SecurityView(AccountService accounts, SecondFactors factors, Passkeys passkeys, OpenSessions sessions,
            SignInHistory history, Clock clock) {
        this.accounts = accounts;
        this.factors = factors;
        addClassName("security-view");
        current.setAutocomplete(Autocomplete.CURRENT_PASSWORD);
        chosen.setAutocomplete(Autocomplete.NEW_PASSWORD);
        repeat.setAutocomplete(Autocomplete.NEW_PASSWORD);
        chosen.setHelperText(PasswordRules.advice(factors.status().hasAny()));
        for (PasswordField field : new PasswordField[] { current, chosen, repeat }) {
            field.setWidthFull();
            field.setMaxWidth("28rem");
        }
        change.addThemeVariants(ButtonVariant.PRIMARY);
        change.setDisableOnClick(true);
        change.addClickListener(e -> submit());
        done.setVisible(false);
        done.getElement().setAttribute("role", "status");

        Section password = new Section(new H3("Password"),
                new Paragraph("Your password needs no numbers or symbols: length is what makes it hard to guess."),
                current, chosen, repeat, change, done);
        password.addClassName("security-password");
        add(new H1("Sign-in and security"), password, new PasskeysSection(passkeys, clock),
                new AuthenticatorSection(factors));
        devices = new DevicesSection(sessions, clock.getZone());
        recentSignIns = new RecentSignInsSection(history, clock.getZone());
        add(devices, recentSignIns);
    }

    private void submit() {
        try {
            current.setInvalid(false);
            chosen.setInvalid(false);
            repeat.setInvalid(false);
            done.setVisible(false);
            // Checked here as well as in the service so the reason appears before the current password is checked.
            Optional<String> problem = PasswordRules.problem(chosen.getValue(), factors.status().hasAny());
            if (problem.isPresent()) {
                refuse(chosen, problem.get());
                return;
            }
            if (!chosen.getValue().equals(repeat.getValue())) {
                refuse(repeat, "The two new passwords are not the same");
                return;
            }
            accounts.changeOwnPassword(current.getValue(), chosen.getValue());
            current.clear();
            chosen.clear();
            repeat.clear();
            done.setText("Your password is changed. Use the new one next time you sign in. "
                    + "Your other devices are signed out.");
            devices.refresh();
            done.setVisible(true);
        } catch (WrongCurrentPasswordException wrong) {
            refuse(current, wrong.getMessage());
        } catch (IllegalArgumentException rejected) {
            refuse(chosen, rejected.getMessage());
        } finally {
            change.setEnabled(true);
        }
    }

    private static void refuse(PasswordField field, String message) {
        field.setErrorMessage(message);
        field.setInvalid(true);
    }
}
