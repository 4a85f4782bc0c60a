package org.holdfast.shell;

import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;

/**
 * One handler for every unexpected error in a session: the person sees a calm sentence and a
 * reference, never a stack trace; the log gets the stack trace under the same reference.
 */
@Component
class ErrorHandling implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(ErrorHandling.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(error -> {
            UI ui = UI.getCurrent();
            if (error.getThrowable() instanceof AccessDeniedException && ui != null) {
                // A service refused a click (say, a break-glass access ran out): not our fault, and said so.
                ui.access(() -> Notification.show("That is not available to you. " + ErrorPage.whatNext(ErrorPage.role()),
                        8000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.WARNING));
                return;
            }
            String reference = UUID.randomUUID().toString().substring(0, 8);
            log.error("Unhandled error, reference {}", reference, error.getThrowable());
            if (ui != null) {
                ui.access(() -> Notification.show("Something went wrong on our side (reference " + reference
                        + "). What you typed is still on the page; please try again.", 8000,
                        Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.ERROR));
            }
        }));
    }
}
