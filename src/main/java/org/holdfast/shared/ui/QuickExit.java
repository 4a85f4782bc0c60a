package org.holdfast.shared.ui;

import org.holdfast.shared.QuickExitSettings;
import org.jsoup.nodes.Entities;
import org.springframework.security.web.csrf.CsrfToken;

import com.vaadin.flow.server.VaadinServletRequest;

/**
 * The way out in one tap: {@code scripts/quick-exit.js} replaces the page with the practice's neutral site (so Back
 * does not return here), signs out and clears the site's data on this device. The same happens on Shift pressed
 * three times, even inside a text field. Without the script it is still a plain link to the neutral site.
 * Spring's sign-out wants Spring's CSRF token, which Vaadin's own requests do not carry, so it rides along here.
 * <p>
 * It is markup, not a component: the link never talks to the server (the script listens on the document), and the
 * top bar it sits in is markup too, so that an open tab holds no component for it.
 */
public final class QuickExit {

    public static final String SCRIPT = "context://scripts/quick-exit.js";

    private QuickExit() {
    }

    /** The link, with the CSRF token of the request being answered when there is one. */
    public static String markup(QuickExitSettings settings) {
        StringBuilder link = new StringBuilder("<a class=\"quick-exit\" data-quick-exit href=\"")
                .append(Entities.escape(settings.url().strip()))
                .append("\" aria-label=\"Quick exit: leave this site now\" title=\"Leave now (or press Shift three times)\""
                        + " rel=\"noreferrer\"");
        VaadinServletRequest request = VaadinServletRequest.getCurrent();
        if (request != null && request.getAttribute(CsrfToken.class.getName()) instanceof CsrfToken csrf) {
            link.append(" data-csrf-header=\"").append(Entities.escape(csrf.getHeaderName()))
                    .append("\" data-csrf-token=\"").append(Entities.escape(csrf.getToken())).append('"');
        }
        return link.append(">Exit</a>").toString();
    }
}
