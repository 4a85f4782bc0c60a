package org.holdfast.shared.ui;

import com.vaadin.flow.component.Component;

/**
 * Brings a message the client must see (a form's errors, the reply after saving) into view and gives it
 * the focus, so a phone user and a screen reader both land on it instead of it appearing off screen.
 */
public final class Attention {

    private Attention() {
    }

    public static void focus(Component component) {
        // A paragraph takes the focus only with a tabindex; -1 keeps it out of the Tab order.
        if (!component.getElement().hasAttribute("tabindex")) {
            component.getElement().setAttribute("tabindex", "-1");
        }
        component.getElement().executeJs("this.scrollIntoView({block: 'center'}); this.focus({preventScroll: true});");
    }
}
