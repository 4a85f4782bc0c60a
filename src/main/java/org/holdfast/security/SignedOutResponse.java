package org.holdfast.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import com.vaadin.flow.server.VaadinService;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The answer to a request whose session has just been ended, in the form the asker understands: a page request
 * is redirected to the log-in page; a Vaadin UIDL request (a click in an open tab) gets Vaadin's own
 * critical-error message carrying the same address, on which the page goes there; a Vaadin heartbeat gets
 * 410 Gone, Vaadin's own "session expired" answer, on which the page follows the session-expired address set
 * by {@code SessionWatch}. Nothing of the session's content is touched or sent.
 */
final class SignedOutResponse {

    private SignedOutResponse() {
    }

    /** {@code address} relative to the portal's root, e.g. {@code login?idle=15}. */
    static void send(HttpServletRequest request, HttpServletResponse response, String address) throws IOException {
        String target = request.getContextPath() + "/" + address;
        String vaadinRequest = request.getParameter("v-r");
        if ("heartbeat".equals(vaadinRequest)) {
            // Not sendError: the container's error dispatch would run the security filters again, now signed out,
            // and turn the 410 into a redirect that Vaadin's heartbeat does not understand.
            response.setStatus(HttpServletResponse.SC_GONE);
        } else if ("uidl".equals(vaadinRequest)) {
            response.setContentType("application/json");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getWriter().write(VaadinService.createCriticalNotificationJSON(null, null, null, target));
        } else {
            response.sendRedirect(target);
        }
    }
}
