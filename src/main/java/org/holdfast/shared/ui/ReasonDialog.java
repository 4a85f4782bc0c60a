package org.holdfast.shared.ui;

import java.util.function.Function;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;

import jakarta.validation.ConstraintViolationException;

/**
 * The one dialog that asks why before something is done: a title, an optional sentence and fields above,
 * the reason, Cancel and the action. The action gets the reason and answers null when it is done (the
 * dialog closes) or what is wrong; a refusal by bean validation is shown at the reason field as well.
 * Everything typed stays in the dialog until it succeeds or is cancelled; a pasted text longer than
 * {@link #REASON_MAX} is kept whole and the field says how much to cut.
 */
public class ReasonDialog extends Dialog {

    /** Every reason the portal keeps (discharge, break-glass, a plan's status, a resolved signal) fits 500 characters. */
    public static final int REASON_MAX = 500;

    public final LimitedTextArea reason;
    public final Button confirm;
    private final Div introduction = new Div();
    private final Div fields = new Div();
    private Function<String, String> action;

    /**
     * @param action the reason in, null out when done, otherwise the message for the reason field (blank: keep
     *               the dialog open with the message shown elsewhere, say at another field)
     */
    public ReasonDialog(String title, String reasonLabel, String confirmLabel, Function<String, String> action) {
        this(title, reasonLabel, confirmLabel);
        this.action = action;
    }

    /** For a dialog whose action needs its own fields: it calls {@link #onConfirm} once they exist. */
    protected ReasonDialog(String title, String reasonLabel, String confirmLabel) {
        setHeaderTitle(title);
        reason = new LimitedTextArea(reasonLabel, REASON_MAX);
        reason.setWidthFull();
        confirm = new Button(confirmLabel, e -> confirm());
        confirm.addThemeVariants(ButtonVariant.PRIMARY);
        confirm.setDisableOnClick(true); // a double click acts once
        add(introduction, fields, reason);
        getFooter().add(new Button("Cancel", e -> close()), confirm);
    }

    protected void onConfirm(Function<String, String> action) {
        this.action = action;
    }

    private void confirm() {
        if (!reason.checkLength()) {
            confirm.setEnabled(true);
            return;
        }
        String problem;
        try {
            problem = action.apply(reason.getValue());
        } catch (ConstraintViolationException invalid) {
            problem = invalid.getConstraintViolations().iterator().next().getMessage();
        } finally {
            confirm.setEnabled(true);
        }
        if (problem == null) {
            close();
        } else if (!problem.isBlank()) {
            reason.setErrorMessage(problem);
            reason.setInvalid(true);
        }
    }

    /** A sentence above the fields: what the action means, who will see the reason. */
    public ReasonDialog intro(String text) {
        introduction.add(new Paragraph(text));
        return this;
    }

    /** Fields the action needs besides the reason, shown above it. */
    public ReasonDialog above(Component... more) {
        fields.add(more);
        return this;
    }

    public ReasonDialog helper(String text) {
        reason.setHelperText(text);
        return this;
    }

}
