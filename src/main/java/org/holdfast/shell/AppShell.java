package org.holdfast.shell;

import org.holdfast.security.SharedDevice;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;

/**
 * Lumo plus the portal's own stylesheet, both plain CSS: no Node, no frontend build. Push lets a report
 * rendered in the background tell the page it is ready; its client script ships with Flow, so it needs
 * no frontend build either.
 * <p>
 * What a search engine, a link preview or someone glancing at a tab sees: a description that says nothing about
 * anyone's situation, no indexing, and in discreet mode the neutral icon.
 */
@Push
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles/holdfast.css")
public class AppShell implements AppShellConfigurator {

    static final String DESCRIPTION = "Sign in to your practice's portal.";

    private final SharedDevice sharedDevice;

    public AppShell(SharedDevice sharedDevice) {
        this.sharedDevice = sharedDevice;
    }

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.addFavIcon("icon", sharedDevice.identity().icon(), "any");
        settings.addMetaTag("theme-color", "#2f6f73");
        settings.addMetaTag("description", DESCRIPTION);
        settings.addMetaTag("robots", "noindex, nofollow");
    }
}
