package org.holdfast.shell;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.holdfast.journal.JournalForm;
import org.holdfast.security.SharedDevice;
import org.holdfast.security.SharedDevice.AppIdentity;
import org.holdfast.shared.CrisisLines;
import org.holdfast.shared.QuickExitSettings;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

import tools.jackson.databind.json.JsonMapper;

/**
 * What makes the portal an installable app, served in place of the files Vaadin's {@code @PWA} generates: the
 * manifest, whose name and icons follow the signed-in client's discreet mode, and a service worker of our own whose
 * offline page carries the practice's emergency numbers. Vaadin 25.2's pre-built bundle has a service worker that
 * ignores {@code @PWA(offlinePath)} (vaadin/flow#25491), and it would cache pages; this one caches nothing.
 */
@RestController
class InstalledApp {

    static final MediaType MANIFEST = MediaType.parseMediaType("application/manifest+json");
    private static final MediaType JAVASCRIPT = MediaType.parseMediaType("text/javascript;charset=UTF-8");

    private final SharedDevice sharedDevice;
    private final String offlinePage;
    private final String serviceWorker;

    InstalledApp(SharedDevice sharedDevice, CrisisLines safety, QuickExitSettings quickExit) {
        this.sharedDevice = sharedDevice;
        this.offlinePage = offlinePage(safety, quickExit);
        this.serviceWorker = template("sw.js").replace("{{OFFLINE_PAGE}}", JsonMapper.shared().writeValueAsString(offlinePage));
    }

    /** Asked for with the session cookie (the page's link says so), so a discreet client's home screen says "Daily notes". */
    @GetMapping("/manifest.webmanifest")
    ResponseEntity<Map<String, Object>> manifest() {
        AppIdentity app = sharedDevice.identity();
        Map<String, Object> manifest = new LinkedHashMap<>();
        manifest.put("id", "./");
        manifest.put("name", app.name());
        manifest.put("short_name", app.shortName());
        manifest.put("description", AppShell.DESCRIPTION);
        manifest.put("start_url", "./");
        manifest.put("scope", "./");
        manifest.put("display", "standalone");
        manifest.put("background_color", "#fbfbf9");
        manifest.put("theme_color", app == AppIdentity.DISCREET ? "#5b6b7a" : "#2f6f73");
        manifest.put("icons", icons(app));
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).contentType(MANIFEST).body(manifest);
    }

    @GetMapping("/sw.js")
    ResponseEntity<String> serviceWorker() {
        // Checked again at each visit, so that a changed number reaches every device at once.
        return ResponseEntity.ok().cacheControl(CacheControl.noCache()).contentType(JAVASCRIPT)
                .header("Service-Worker-Allowed", "/").body(serviceWorker);
    }

    /** The same page the service worker shows without a connection, to look at while online. */
    @GetMapping("/offline")
    ResponseEntity<String> offline() {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8)).body(offlinePage);
    }

    private static List<Map<String, String>> icons(AppIdentity app) {
        if (app == AppIdentity.DISCREET) {
            // One drawing for every size: the plain icon is kept as SVG only, not as a PNG per size in the repository.
            return List.of(Map.of("src", app.icon(), "sizes", "any", "type", "image/svg+xml", "purpose", "any"));
        }
        // The sizes Vaadin makes from @PWA's icon.
        return List.of(png("icons/holdfast-192x192.png", "192x192"), png("icons/holdfast-512x512.png", "512x512"));
    }

    private static Map<String, String> png(String src, String sizes) {
        return Map.of("src", src, "sizes", sizes, "type", "image/png", "purpose", "any");
    }

    private static String offlinePage(CrisisLines safety, QuickExitSettings quickExit) {
        String emergency = safety.emergencyNumbers().stream()
                .map(n -> "<a href=\"tel:" + CrisisLines.dialable(n) + "\">" + HtmlUtils.htmlEscape(n) + "</a>")
                .collect(Collectors.joining(" or "));
        String helpline = !safety.hasHelpline() ? ""
                : "<p><span data-discreet=\"Helpline\">" + HtmlUtils.htmlEscape(safety.helplineName().isEmpty() ? "Helpline"
                        : safety.helplineName()) + "</span>: <a href=\"tel:"
                        + CrisisLines.dialable(safety.helplineNumber()) + "\">" + HtmlUtils.htmlEscape(safety.helplineNumber()) + "</a></p>";
        return template("offline.html")
                .replace("{{QUICK_EXIT_URL}}", HtmlUtils.htmlEscape(quickExit.url().strip()))
                .replace("{{EMERGENCY_LINKS}}", emergency)
                .replace("{{HELPLINE}}", helpline)
                .replace("{{NOTE_MAX}}", Integer.toString(JournalForm.TEXT_MAX));
    }

    private static String template(String name) {
        try {
            return new ClassPathResource(name, InstalledApp.class).getContentAsString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
