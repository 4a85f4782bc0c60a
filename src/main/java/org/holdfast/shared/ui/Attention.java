package org.holdfast.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.data.binder.BinderValidationStatus;

/**
 * Brings a message the client must see (a form's errors, the reply after saving) into view and gives it
 * the focus, so a phone user and a screen reader both land on it instead of it appearing off screen.
 */
public final class Attention {

    private Attention() {
    }

    /**
     * After a failed validation, takes the client to the first field that needs them: on a phone the message at the
     * top of a long form is otherwise off screen, and a screen reader announces the field and its error.
     */
    public static void firstError(BinderValidationStatus<?> status) {
        status.getFieldValidationErrors().stream().findFirst()
                .map(error -> error.getField())
                .filter(Component.class::isInstance).map(Component.class::cast)
                .ifPresent(Attention::focus);
    }

    public static void focus(Component component) {
        if (component instanceof Focusable<?> field) {
            // A field takes the focus as it is: a tabindex here would take it out of the Tab order.
            component.getElement().executeJs("this.scrollIntoView({block: 'center'});");
            field.focus();
            return;
        }
        // A paragraph takes the focus only with a tabindex; -1 keeps it out of the Tab order.
        if (!component.getElement().hasAttribute("tabindex")) {
            component.getElement().setAttribute("tabindex", "-1");
        }
        component.getElement().executeJs("this.scrollIntoView({block: 'center'}); this.focus({preventScroll: true});");
    }
}
