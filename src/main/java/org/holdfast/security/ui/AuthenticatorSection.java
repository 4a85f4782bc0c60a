package org.holdfast.security.ui;

import java.util.List;

import org.holdfast.security.SecondFactorCodeException;
import org.holdfast.security.SecondFactors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.TextField;

/**
 * The authenticator app and recovery codes on the "Sign-in and security" page (and on the second-factor page for
 * staff who have none yet): set up with a QR code drawn on the server or the key typed by hand, confirmed with a
 * first code before anything is saved; removed; ten recovery codes shown once when the first factor is set up, and
 * made anew on request. Changing one's factors needs a recent factor ({@link StepUpDialog}).
 */
public class AuthenticatorSection extends Section {

    final Div body = new Div();
    final Button setUp = new Button("Set up an authenticator app");
    final Button remove = new Button("Remove the authenticator app");
    final Button newCodes = new Button("Make new recovery codes");
    final TextField code = new TextField("The 6-digit code the app shows now");
    final Button confirm = new Button("Confirm and turn on");
    final Span secret = new Span();
    final OrderedList recoveryCodes = new OrderedList();
    private final SecondFactors factors;
    private Runnable onFactorAdded = () -> {
    };
    private SecondFactors.AppSetUp pending;

    public AuthenticatorSection(SecondFactors factors) {
        this.factors = factors;
        addClassName("security-authenticator");
        setUp.addClickListener(e -> beginSetUp());
        remove.addThemeVariants(ButtonVariant.ERROR);
        remove.addClickListener(e -> StepUpDialog.attempt(this::removeApp));
        newCodes.addClickListener(e -> StepUpDialog.attempt(this::regenerateCodes));
        code.getElement().setAttribute("autocomplete", "one-time-code");
        code.setAllowedCharPattern("[0-9 ]");
        code.setMaxLength(7);
        confirm.addThemeVariants(ButtonVariant.PRIMARY);
        confirm.addClickListener(e -> StepUpDialog.attempt(this::confirmSetUp));
        secret.addClassName("totp-secret");
        recoveryCodes.addClassName("recovery-codes");
        add(new H3("Authenticator app"), body);
        show();
    }

    /** What to do once a factor has been set up and its recovery codes put away (the second-factor page goes on). */
    public AuthenticatorSection onFactorAdded(Runnable then) {
        this.onFactorAdded = then;
        return this;
    }

    private void show() {
        pending = null;
        body.removeAll();
        SecondFactors.Status status = factors.status();
        if (status.authenticatorApp()) {
            body.add(new Paragraph("An authenticator app is set up: after your password, Holdfast asks for the code "
                    + "it shows."), remove);
        } else {
            body.add(new Paragraph("An app on your phone (such as Google Authenticator, Microsoft Authenticator or "
                    + "Aegis) makes a new 6-digit code every 30 seconds. With it, a stolen password alone does not "
                    + "open your account."), setUp);
        }
        if (status.hasAny()) {
            body.add(new Paragraph(status.recoveryCodesLeft() + " of " + SecondFactors.RECOVERY_CODES
                    + " recovery codes left. Each works once, in place of a code, if you lose your phone."), newCodes);
        }
    }

    private void beginSetUp() {
        pending = factors.beginAppSetUp();
        secret.setText(pending.groupedSecret());
        code.clear();
        code.setInvalid(false);
        body.removeAll();
        body.add(new Paragraph("1. In your authenticator app, add an account and scan this code."),
                QrCode.of(pending.uri(), "QR code to add Holdfast to an authenticator app"),
                new Paragraph(new Span("Cannot scan it? Type this key instead: "), secret),
                new Paragraph("2. Type the code the app now shows for Holdfast."), code,
                new Div(new Button("Cancel", e -> show()), confirm));
    }

    private void confirmSetUp() {
        code.setInvalid(false);
        try {
            List<String> codes = factors.confirmAppSetUp(pending, code.getValue());
            Notification.show("The authenticator app is set up.");
            if (codes.isEmpty()) {
                show();
                onFactorAdded.run();
            } else {
                showCodes(codes, true);
            }
        } catch (SecondFactorCodeException | IllegalStateException refused) {
            code.setErrorMessage(refused.getMessage());
            code.setInvalid(true);
        }
    }

    private void removeApp() {
        factors.removeApp();
        Notification.show("The authenticator app is removed.");
        show();
    }

    private void regenerateCodes() {
        try {
            showCodes(factors.regenerateRecoveryCodes(), false);
        } catch (IllegalStateException refused) {
            Notification.show(refused.getMessage());
        }
    }

    private void showCodes(List<String> codes, boolean factorAdded) {
        recoveryCodes.removeAll();
        codes.forEach(c -> recoveryCodes.add(new ListItem(c)));
        Button saved = new Button("I have saved them", e -> {
            recoveryCodes.removeAll();
            show();
            if (factorAdded) {
                onFactorAdded.run();
            }
        });
        saved.addThemeVariants(ButtonVariant.PRIMARY);
        body.removeAll();
        body.add(new Paragraph("Your recovery codes. Each works once, in place of a code from the app, if you lose "
                + "your phone. They are shown only now: print them or keep them somewhere safe away from your phone."
                + (factorAdded ? "" : " Your old recovery codes no longer work.")), recoveryCodes, saved);
    }
}
