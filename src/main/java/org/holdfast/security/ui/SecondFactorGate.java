package org.holdfast.security.ui;

import org.holdfast.security.CurrentUser;
import org.holdfast.security.SecondFactors;
import org.springframework.stereotype.Component;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;

/**
 * Navigation's half of the staff second-factor rule (method security's half is {@code StaffFactorRule}): under
 * {@code required}, a practice manager or clinician who has not used a second factor in this session is sent to the
 * {@link SecondFactorView} from any page, before a page could ask a service for client data; under {@code offered},
 * staff with no factor are invited once per session, with a notice they can dismiss. Clients are never stopped.
 */
@Component
class SecondFactorGate implements VaadinServiceInitListener {

    static final String OFFER_SHOWN = SecondFactorGate.class.getName() + ".offerShown";

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
            case OFFER -> offerOnce(event.getUI());
            case NONE -> {
            }
        }
    }

    private static void offerOnce(UI ui) {
        VaadinSession session = ui.getSession();
        if (session.getAttribute(OFFER_SHOWN) != null) {
            return;
        }
        session.setAttribute(OFFER_SHOWN, Boolean.TRUE);
        Notification notice = new Notification();
        notice.setDuration(0);
        notice.setPosition(Notification.Position.BOTTOM_START);
        Button setUp = new Button("Set one up", e -> {
            notice.close();
            ui.navigate(SecurityView.class);
        });
        setUp.addThemeVariants(ButtonVariant.PRIMARY);
        Button dismiss = new Button("Not now", e -> notice.close());
        notice.add(new HorizontalLayout(new Span("Staff accounts should have a second factor: an authenticator app "
                + "keeps a stolen password from opening client records."), setUp, dismiss));
        notice.addClassName("second-factor-offer");
        notice.open();
    }
}
