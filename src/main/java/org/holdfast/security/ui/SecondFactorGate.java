package org.holdfast.security.ui;

import org.holdfast.security.CurrentUser;
import org.holdfast.security.SecondFactors;
import org.springframework.stereotype.Component;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;

/**
 * Navigation's half of the staff second-factor rule (method security's half is {@code StaffFactorRule}): under
 * {@code required}, a practice manager or clinician who has not used a second factor in this session is sent to the
 * {@link SecondFactorView} from any page, before a page could ask a service for client data; under {@code offered},
 * staff with no factor are only invited, in the drawer. Clients are never stopped.
 */
@Component
class SecondFactorGate implements VaadinServiceInitListener {

    private final SecondFactors factors;
    private final CurrentUser currentUser;

    SecondFactorGate(SecondFactors factors, CurrentUser currentUser) {
        this.factors = factors;
        this.currentUser = currentUser;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(this::check));
    }

    void check(BeforeEnterEvent event) {
        Class<?> target = event.getNavigationTarget();
        if (currentUser.find().isEmpty() || target == null || target == SecondFactorView.class
                || target == LoginView.class || target == ActivationView.class || target == ForgotPasswordView.class
                || HasErrorParameter.class.isAssignableFrom(target)) {
            return;
        }
        switch (factors.gate()) {
            case VERIFY -> event.rerouteTo(SecondFactorView.class);
            case OFFER, NONE -> {
                // Offered, not required: the invitation is in the drawer (MainLayout), never in the way.
            }
        }
    }
}
