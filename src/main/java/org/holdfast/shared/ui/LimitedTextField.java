package org.holdfast.shared.ui;

import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Validator;

/**
 * A text field with a length limit that keeps pasted text whole and says how much to cut (see
 * {@link LengthLimit}). A Binder picks the limit up by itself through {@link #getDefaultValidator()}.
 */
public class LimitedTextField extends TextField {

    private final LengthLimit limit;

    public LimitedTextField(String label, int maxLength) {
        super(label);
        limit = new LengthLimit(this, maxLength);
    }

    public LimitedTextField(int maxLength) {
        this(null, maxLength);
    }

    @Override
    public Validator<String> getDefaultValidator() {
        return limit.after(super.getDefaultValidator());
    }

    /** For forms without a binder: false, with the message on the field, while the text is too long. */
    public boolean checkLength() {
        return limit.checkOn(this, getValue());
    }

    /** The word for what the form does with the text, in "shorten it to save": "send" for a message. */
    public void setLimitAction(String action) {
        limit.action(action);
    }

    public int getLimit() {
        return limit.max();
    }
}
