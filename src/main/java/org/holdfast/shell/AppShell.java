package org.holdfast.shell;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;

/**
 * Lumo plus the portal's own stylesheet, both plain CSS: no Node, no frontend build. Push lets a report
 * rendered in the background tell the page it is ready; its client script ships with Flow, so it needs
 * no frontend build either.
 */
@Push
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles/holdfast.css")
public class AppShell implements AppShellConfigurator {

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.addFavIcon("icon", "icons/holdfast.svg", "any");
        settings.addMetaTag("theme-color", "#2f6f73");
        settings.addMetaTag("description", "Holdfast: a practice portal for no-contact work in therapy");
    }
}
