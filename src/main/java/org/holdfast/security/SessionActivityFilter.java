package org.holdfast.security;

import java.io.IOException;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.web.filter.OncePerRequestFilter;

import com.vaadin.flow.server.WrappedHttpSession;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * Ends a signed-in session that has been idle too long or lived past its absolute lifetime, at the first
 * request that arrives after that, and otherwise counts the request as activity. Vaadin's heartbeat (sent every
 * few minutes by any open tab) keeps the HTTP session alive but is not counted, and neither is the page's own
 * idle check ({@link SessionLimits#NOT_ACTIVITY}): only what the person does moves the idle clock. Vaadin's own
 * {@code closeIdleSessions} was not used because it counts the page's polling as activity, treats every role
 * alike and cannot warn before it acts.
 */
class SessionActivityFilter extends OncePerRequestFilter {

    private final SessionLimits limits;

    SessionActivityFilter(SessionLimits limits) {
        this.limits = limits;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession httpSession = request.getSession(false);
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (httpSession == null || authentication == null
                || !(authentication.getPrincipal() instanceof SignedInUser user)) {
            chain.doFilter(request, response);
            return;
        }
        WrappedHttpSession session = new WrappedHttpSession(httpSession);
        limits.startIfNew(session);
        SessionLimits.Verdict verdict = limits.verdict(session, user.role());
        if (verdict.ended()) {
            SecurityLog.event("session_ended", "account", user.getUsername(), "reason",
                    verdict.state() == SessionLimits.State.LIFETIME_OVER ? "lifetime" : "idle", "address",
                    request.getRemoteAddr());
            new SecurityContextLogoutHandler().logout(request, response, authentication);
            SignedOutResponse.send(request, response, verdict.signInAddress());
            return;
        }
        chain.doFilter(request, response);
        if (!"heartbeat".equals(request.getParameter("v-r")) && request.getAttribute(SessionLimits.NOT_ACTIVITY) == null
                && isStillValid(httpSession)) {
            limits.recordActivity(session);
        }
    }

    private static boolean isStillValid(HttpSession session) {
        try {
            session.getCreationTime();
            return true;
        } catch (IllegalStateException invalidated) {
            return false;
        }
    }
}
