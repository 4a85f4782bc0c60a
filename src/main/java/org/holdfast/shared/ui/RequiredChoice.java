package org.holdfast.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;

/**
 * Required fields whose focus is not a text box: a select (its focus is a button), a checkbox group
 * or a date-and-time picker (their host is a group). For those, Vaadin's required state puts
 * aria-required on an element whose role does not allow it, which axe reports as critical and screen
 * readers ignore or read oddly. So the field keeps the binder's required check (an empty save is
 * refused and the message announced) and shows the same dot from the stylesheet, without the state.
 * Call it after binding (the binder switches the indicator on when it binds); fields the binder did not
 * make required are left alone.
 */
public final class RequiredChoice {

    private RequiredChoice() {
    }

    @SafeVarargs
    public static <F extends Component & HasValue<?, ?>> void mark(F... fields) {
        for (F field : fields) {
            if (field.isRequiredIndicatorVisible()) {
                field.setRequiredIndicatorVisible(false);
                field.addClassName("required-choice");
            }
        }
    }
}
