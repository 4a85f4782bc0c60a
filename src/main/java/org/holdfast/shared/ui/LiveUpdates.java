package org.holdfast.shared.ui;

import com.vaadin.flow.component.PushConfiguration;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.shared.communication.PushMode;
import com.vaadin.flow.shared.ui.Transport;

/**
 * Server push for the pages that need it, when they need it: a report that finishes in the background, a
 * clinician's page that follows the client's consent. An open push connection costs the server about 120 KB
 * of buffers (Tomcat's and Atmosphere's, per browser tab), more than the page itself, so a page that is only
 * read or filled in holds none. Once asked for, push stays on for that page until it is reloaded.
 *
 * <p>WebSocket for the server's messages and plain requests for the browser's, so every click still passes
 * through the security filters.
 */
public final class LiveUpdates {

    private LiveUpdates() {
    }

    /** Under the UI's lock (a listener, attach, or {@code ui.access}). */
    public static void need(UI ui) {
        PushConfiguration push = ui.getPushConfiguration();
        if (!push.getPushMode().isEnabled()) {
            push.setTransport(Transport.WEBSOCKET_XHR);
            push.setPushMode(PushMode.AUTOMATIC);
        }
    }
}
