package org.holdfast.security.ui;

import org.holdfast.security.AccessRefusals;
import org.holdfast.security.CurrentUser;
import org.holdfast.security.SignedInUser;
import org.springframework.stereotype.Component;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.auth.AccessAnnotationChecker;

/**
 * A signed-in person who opens a page their role may not open (a client typing the manager's audit log
 * address, a clinician a manager's page) leaves a refusal in the audit log, as a refused service call does.
 * The check is the one Vaadin's navigation access control makes ({@code @RolesAllowed} and friends on the
 * view); the refusal itself, and the page shown for it, stay Vaadin's and the shell's.
 *
 * <p>Registered as an application bean, so its listener is added to each UI before the access control's own
 * (added by an auto-configured bean) and sees the navigation before it is rerouted.
 */
@Component
class RefusedNavigations implements VaadinServiceInitListener {

    private final AccessAnnotationChecker access;
    private final AccessRefusals refusals;
    private final CurrentUser currentUser;

    RefusedNavigations(AccessAnnotationChecker access, AccessRefusals refusals, CurrentUser currentUser) {
        this.access = access;
        this.refusals = refusals;
        this.currentUser = currentUser;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(this::check));
    }

    void check(BeforeEnterEvent event) {
        SignedInUser user = currentUser.find().orElse(null);
        // An error page is where a refusal ends up, not an attempt of its own.
        if (user == null || event.getNavigationTarget() == null
                || HasErrorParameter.class.isAssignableFrom(event.getNavigationTarget())) {
            return;
        }
        boolean allowed = access.hasAccess(event.getNavigationTarget(), () -> user.getUsername(),
                role -> user.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals("ROLE_" + role)));
        if (!allowed) {
            // The route's client, when it names one; the address itself is ids and words of the portal, no content.
            Long clientId = event.getRouteParameters().getLong("clientId").orElse(null);
            refusals.refused(clientId, "page /" + event.getLocation().getPath());
        }
    }
}
