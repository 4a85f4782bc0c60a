package org.holdfast.shared.ui;

import org.holdfast.shared.Dates;
import org.holdfast.shared.Words;

import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.shared.HasSuffix;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.data.binder.Validator;
import com.vaadin.flow.data.value.HasValueChangeMode;
import com.vaadin.flow.data.value.ValueChangeMode;

/**
 * A limit on how much text a field takes, without the browser's maxlength: that one cuts pasted text off
 * silently, before any message. Here the whole text stays, a count appears as the limit nears, and past it
 * the field says how much to cut and refuses to validate, so the form does not save.
 */
final class LengthLimit {

    /** The count appears from this share of the limit: below it, a number would only be noise. */
    private static final double SHOW_COUNT_FROM = 0.8;

    private final int max;
    private final Span count = new Span();
    private String action = "save";

    <F extends AbstractField<F, String> & HasSuffix & HasValueChangeMode> LengthLimit(F field, int max) {
        this.max = max;
        count.addClassName("length-count");
        count.getElement().setAttribute("aria-live", "polite");
        field.setSuffixComponent(count);
        // The count follows the typing, not only the moment the field is left.
        if (field.getValueChangeMode() == ValueChangeMode.ON_CHANGE) {
            field.setValueChangeMode(ValueChangeMode.LAZY);
        }
        field.addValueChangeListener(e -> showCount(e.getValue()));
        showCount(field.getValue());
    }

    /** What the form does with the text, for the message: "save" unless told, "send" for a message. */
    void action(String action) {
        this.action = action;
    }

    int max() {
        return max;
    }

    static int length(String value) {
        return value == null ? 0 : value.codePointCount(0, value.length());
    }

    boolean fits(String value) {
        return length(value) <= max;
    }

    /** The field's own validator, then this limit: what a Binder applies to a limited field. */
    Validator<String> after(Validator<String> own) {
        return (value, context) -> {
            ValidationResult first = own.apply(value, context);
            return first.isError() ? first : check(value);
        };
    }

    ValidationResult check(String value) {
        int over = length(value) - max;
        return over <= 0 ? ValidationResult.ok() : ValidationResult.error(tooLong(over, action));
    }

    static String tooLong(int over, String action) {
        return Words.count(over, "character", "characters") + " too long: shorten it to " + action;
    }

    /** For forms without a binder: shows the message on the field and says whether the text fits. */
    boolean checkOn(HasValidation field, String value) {
        ValidationResult result = check(value);
        if (result.isError()) {
            field.setErrorMessage(result.getErrorMessage());
            field.setInvalid(true);
        }
        return !result.isError();
    }

    private void showCount(String value) {
        int length = length(value);
        count.setVisible(length >= max * SHOW_COUNT_FROM);
        count.setText(Dates.number(length) + " / " + Dates.number(max));
        count.getElement().setAttribute("title", Dates.number(length) + " of " + Dates.number(max) + " characters");
    }
}
