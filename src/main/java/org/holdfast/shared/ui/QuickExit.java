package org.holdfast.shared.ui;

import org.holdfast.shared.QuickExitSettings;
import org.springframework.security.web.csrf.CsrfToken;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.server.VaadinServletRequest;

/**
 * The way out in one tap: {@code scripts/quick-exit.js} replaces the page with the practice's neutral site (so Back
 * does not return here), signs out and clears the site's data on this device. The same happens on Shift pressed
 * three times, even inside a text field. Without the script it is still a plain link to the neutral site.
 * Spring's sign-out wants Spring's CSRF token, which Vaadin's own requests do not carry, so it rides along here.
 */
public class QuickExit extends Anchor {

    public static final String SCRIPT = "context://scripts/quick-exit.js";

    public QuickExit(QuickExitSettings settings) {
        super(settings.url().strip(), "Exit");
        addClassName("quick-exit");
        getElement().setAttribute("data-quick-exit", "");
        getElement().setAttribute("aria-label", "Quick exit: leave this site now");
        getElement().setAttribute("title", "Leave now (or press Shift three times)");
        getElement().setAttribute("rel", "noreferrer");
        VaadinServletRequest request = VaadinServletRequest.getCurrent();
        if (request != null && request.getAttribute(CsrfToken.class.getName()) instanceof CsrfToken csrf) {
            getElement().setAttribute("data-csrf-header", csrf.getHeaderName());
            getElement().setAttribute("data-csrf-token", csrf.getToken());
        }
    }
}
