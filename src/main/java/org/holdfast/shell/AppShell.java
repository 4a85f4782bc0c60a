package org.holdfast.shell;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.server.PWA;
import com.vaadin.flow.theme.lumo.Lumo;

/**
 * Lumo plus the portal's own stylesheet, both plain CSS: no Node, no frontend build. No {@code @Push} here: the
 * pages that must be told something later turn it on for themselves ({@code LiveUpdates}), so a page at rest holds
 * no push connection. Its client script ships with Flow, so it needs no frontend build either.
 * <p>
 * Installable through Vaadin's {@code @PWA}: it makes the icons from one image and writes the page head; the
 * manifest, the service worker and the offline page are {@link InstalledApp}'s, and {@link AppHead} turns the head
 * neutral in discreet mode. What a search engine, a link preview or someone glancing at a tab sees: a description
 * that says nothing about anyone's situation, and no indexing.
 */
@PWA(name = "Holdfast", shortName = "Holdfast", description = AppShell.DESCRIPTION, iconPath = "icons/holdfast.png",
        themeColor = "#2f6f73", backgroundColor = "#fbfbf9", offlinePath = "offline")
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles/holdfast.css")
public class AppShell implements AppShellConfigurator {

    static final String DESCRIPTION = "Sign in to your practice's portal.";

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.addMetaTag("description", DESCRIPTION);
        settings.addMetaTag("robots", "noindex, nofollow");
    }
}
