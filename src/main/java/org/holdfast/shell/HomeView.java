package org.holdfast.shell;

import org.holdfast.security.CurrentUser;
import org.holdfast.security.Role;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.PermitAll;

/** "/" sends each role to its own home; it has no content of its own. */
@Route("")
@PermitAll
public class HomeView extends Div implements BeforeEnterObserver {

    static final String CLINICIAN_HOME = "caseload";
    static final String CLIENT_HOME = "today";
    static final String ADMIN_HOME = "admin/users";

    private final CurrentUser currentUser;

    public HomeView(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Role role = currentUser.require().role();
        event.forwardTo(switch (role) {
            case CLINICIAN -> CLINICIAN_HOME;
            case CLIENT -> CLIENT_HOME;
            case ADMIN -> ADMIN_HOME;
        });
    }
}
