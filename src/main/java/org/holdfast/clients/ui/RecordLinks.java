package org.holdfast.clients.ui;

import java.util.Map;
import java.util.Optional;

import org.holdfast.clients.RecordSection;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteData;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AccessAnnotationChecker;

/**
 * Links to the sections of a client's record, built from the view that carries {@link RecordPage} and
 * the route's parameters. A section whose view the signed-in role may not open gets no link at all, so
 * nobody is offered a page that would only say "not found" (a practice manager under break-glass sees
 * the tabs break-glass opens). Whether the record itself may be read is still the services' decision.
 */
public final class RecordLinks {

    public static final String CLIENT_ID = "clientId";
    public static final String PLAN_ID = "planId";

    private static final AccessAnnotationChecker ACCESS = new AccessAnnotationChecker();

    private RecordLinks() {
    }

    public static RouteParameters params(long clientId) {
        return new RouteParameters(CLIENT_ID, String.valueOf(clientId));
    }

    public static RouteParameters params(long clientId, long planId) {
        return new RouteParameters(Map.of(CLIENT_ID, String.valueOf(clientId), PLAN_ID, String.valueOf(planId)));
    }

    /** A link to the section, or empty when the signed-in role may not open its page. */
    public static Optional<RouterLink> link(String text, RecordSection section, RouteParameters params) {
        Class<? extends Component> view = view(section);
        return mayOpen(view) ? Optional.of(new RouterLink(text, view, params)) : Optional.empty();
    }

    public static Optional<RouterLink> link(String text, RecordSection section, long clientId) {
        return link(text, section, params(clientId));
    }

    /** Whether the signed-in role may open this section's page at all. */
    public static boolean mayOpen(RecordSection section) {
        return mayOpen(view(section));
    }

    public static void navigate(RecordSection section, long clientId) {
        UI.getCurrent().navigate(view(section), params(clientId));
    }

    static Class<? extends Component> view(RecordSection section) {
        return RouteConfiguration.forApplicationScope().getAvailableRoutes().stream()
                .<Class<? extends Component>>map(RouteData::getNavigationTarget)
                .filter(view -> view.isAnnotationPresent(RecordPage.class)
                        && view.getAnnotation(RecordPage.class).value() == section)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("No view is marked @RecordPage(" + section + ")"));
    }

    private static boolean mayOpen(Class<? extends Component> view) {
        Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
        if (signedIn == null || !signedIn.isAuthenticated()) {
            return false;
        }
        return ACCESS.hasAccess(view, signedIn, role -> signedIn.getAuthorities().stream()
                .anyMatch(granted -> granted.getAuthority().equals("ROLE_" + role)));
    }
}
