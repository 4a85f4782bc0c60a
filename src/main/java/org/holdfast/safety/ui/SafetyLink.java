package org.holdfast.safety.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLink;

/**
 * "I don't feel safe", as a link that looks like a button, for the top of the client's pages. The
 * same page is also the second entry of the client's menu, so it is one tap from everywhere.
 */
public class SafetyLink extends RouterLink {

    public SafetyLink() {
        super(SafetyView.class);
        add(VaadinIcon.EXCLAMATION_CIRCLE.create(), new Span("I don't feel safe"));
        addClassName("safety-link");
    }
}
