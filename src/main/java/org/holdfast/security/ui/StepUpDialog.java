package org.holdfast.security.ui;

import org.holdfast.security.SecondFactorCodeException;
import org.holdfast.security.StepUp;
import org.holdfast.security.StepUpRequiredException;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.VaadinService;

/**
 * "Confirm it is you": asked when a service refuses a sensitive act with {@link StepUpRequiredException} because no
 * factor was used in the last five minutes. The person types their password, or a code from their authenticator
 * app (or a recovery code); then the act they asked for runs again. A wrong answer is said next to its field and
 * counts toward the lock-out like a wrong password.
 */
public class StepUpDialog extends Dialog {

    final PasswordField password = new PasswordField("Your password");
    final TextField code = new TextField("Or a code from your authenticator app");
    final Button confirm = new Button("Confirm");
    private final StepUp stepUp;
    private final Runnable action;

    StepUpDialog(StepUp stepUp, Runnable action) {
        this.stepUp = stepUp;
        this.action = action;
        setHeaderTitle("Confirm it is you");
        password.setAutocomplete(Autocomplete.CURRENT_PASSWORD);
        password.setWidthFull();
        code.getElement().setAttribute("autocomplete", "one-time-code");
        code.setHelperText("Six digits, or one of your recovery codes");
        code.setMaxLength(40);
        code.setWidthFull();
        confirm.addThemeVariants(ButtonVariant.PRIMARY);
        confirm.addClickShortcut(Key.ENTER);
        confirm.addClickListener(e -> confirm());
        add(new Paragraph("This needs you to have signed in within the last five minutes, so that a screen left "
                + "open is not enough."), password, code);
        getFooter().add(new Button("Cancel", e -> close()), confirm);
        addClassName("step-up-dialog");
    }

    /**
     * Runs {@code action}; when it is refused for want of a recent factor, asks for one and then runs it again.
     * Any other exception is the caller's, as if this were not here.
     */
    public static void attempt(Runnable action) {
        try {
            action.run();
        } catch (StepUpRequiredException stale) {
            ask(action);
        }
    }

    /** Asks for a recent factor, then runs {@code then}: for a refusal that arrived off the UI thread. */
    public static void ask(Runnable then) {
        new StepUpDialog(VaadinService.getCurrent().getInstantiator().getOrCreate(StepUp.class), then).open();
    }

    private void confirm() {
        password.setInvalid(false);
        code.setInvalid(false);
        boolean byCode = !code.getValue().isBlank();
        try {
            if (byCode) {
                stepUp.withCode(code.getValue());
            } else {
                stepUp.withPassword(password.getValue());
            }
        } catch (SecondFactorCodeException wrong) {
            HasValidation field = byCode ? code : password;
            field.setErrorMessage(wrong.getMessage());
            field.setInvalid(true);
            return;
        }
        close();
        action.run();
    }
}
