package org.holdfast.shell;

import org.holdfast.security.SharedDevice;
import org.holdfast.security.SharedDevice.AppIdentity;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.springframework.stereotype.Component;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;

/**
 * The page head that {@code @PWA} writes, made to follow discreet mode: a discreet client's tab, home screen icon
 * and app title show the neutral name and icon, not Holdfast's (and none of the many start-up images that carry it).
 * The manifest is asked for with the session cookie, which is how it knows whose app it describes.
 */
@Component
class AppHead implements VaadinServiceInitListener {

    private final SharedDevice sharedDevice;

    AppHead(SharedDevice sharedDevice) {
        this.sharedDevice = sharedDevice;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(response -> adapt(response.getDocument(), sharedDevice.identity()));
    }

    static void adapt(Document page, AppIdentity app) {
        page.head().select("link[rel=manifest]").attr("crossorigin", "use-credentials");
        if (app != AppIdentity.DISCREET) {
            return;
        }
        page.head().select("link[href*=icons/holdfast]").remove();
        page.head().select("meta[name=apple-mobile-web-app-title]").attr("content", app.name());
        page.head().select("meta[name=theme-color]").attr("content", "#5b6b7a");
        Element head = page.head();
        // No apple-touch-icon: iOS takes only PNGs, and without one it uses a picture of the page, which is neutral too.
        head.appendElement("link").attr("rel", "icon").attr("type", "image/svg+xml").attr("href", app.icon());
    }
}
