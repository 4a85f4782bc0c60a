package org.holdfast.shared.ui;

import com.vaadin.flow.component.Component;

/**
 * Required fields whose focus is not a text box: a select (its focus is a button), a checkbox group
 * or a date-and-time picker (their host is a group). Vaadin 25.2 puts aria-required on those elements,
 * where ARIA does not allow it: axe reports it as critical, and screen readers ignore or misread it.
 * The field stays required for the binder (which skips its required check when the indicator is hidden,
 * so the indicator must stay) and shows its dot; a few lines in the browser take the forbidden attribute
 * off again whenever the component puts it back. The required state still reaches a screen reader
 * through the error message the binder shows and announces on an empty save.
 */
public final class RequiredChoice {

    // Runs on the field's element; watches its own subtree only, so it costs nothing elsewhere.
    private static final String STRIP = """
            const host = this;
            const strip = () => {
              for (const e of [host, ...host.querySelectorAll('[aria-required]')]) {
                if (e.hasAttribute('aria-required') && ['button', 'group'].includes(e.getAttribute('role'))) {
                  e.removeAttribute('aria-required');
                }
              }
            };
            strip();
            if (!host.__holdfastRequiredObserver) {
              host.__holdfastRequiredObserver = new MutationObserver(strip);
              host.__holdfastRequiredObserver.observe(host,
                  {subtree: true, attributes: true, attributeFilter: ['aria-required', 'role']});
            }
            """;

    private RequiredChoice() {
    }

    public static void mark(Component... fields) {
        for (Component field : fields) {
            field.addAttachListener(e -> field.getElement().executeJs(STRIP));
            if (field.isAttached()) {
                field.getElement().executeJs(STRIP);
            }
        }
    }
}
