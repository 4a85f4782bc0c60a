package org.holdfast;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.LoadState;

/**
 * What every browser journey needs: the portal on a random port, Debian's Chromium driven by
 * Playwright, sign-in and screenshots into target/screenshots. Journeys are named *JourneyTests so
 * that .ci/run can count them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RequiresChromium
@Tag("browser")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class BrowserJourney {

    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    @LocalServerPort
    int port;

    Playwright playwright;
    Browser browser;

    @BeforeAll
    void startBrowser() {
        playwright = Playwright.create();
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(RequiresChromium.CHROMIUM)
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic")));
    }

    @AfterAll
    void stopBrowser() {
        if (playwright != null) {
            playwright.close();
        }
    }

    void signIn(Page page, String username, String password) {
        page.navigate(url("login"));
        page.getByLabel("Email or username").fill(username);
        page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill(password);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in")).click();
    }

    /** Opens a Vaadin select or combo box by its label and picks an option by its text. */
    static void choose(Page page, String label, String option) {
        page.getByLabel(label, new Page.GetByLabelOptions().setExact(true)).last().click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(option).setExact(true)).click();
    }

    /** The WCAG 2.0, 2.1 and 2.2 A and AA rules axe-core knows; best practices are not part of the bar. */
    static final List<String> WCAG_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa");

    /**
     * Fails with every serious or critical WCAG 2.2 A/AA violation axe-core finds on the page as it
     * is now: rule, impact, where (CSS target) and what would fix it. Minor and moderate findings are
     * not failures: they are mostly advice a person has to judge.
     */
    static void assertAccessible(Page page, String where) {
        List<String> violations = accessibilityViolations(page);
        if (!violations.isEmpty()) {
            throw new AssertionError("Accessibility violations on " + where + ":\n" + String.join("\n", violations));
        }
    }

    /** axe-core's serious and critical WCAG A/AA findings, one line per element, once Vaadin has settled. */
    static List<String> accessibilityViolations(Page page) {
        settle(page);
        List<Rule> rules = new AxeBuilder(page).withTags(WCAG_AA).analyze().getViolations();
        return rules.stream()
                .filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
                .flatMap(rule -> rule.getNodes().stream().map(node -> "  " + rule.getId() + " (" + rule.getImpact() + ") at "
                        + node.getTarget() + ": " + rule.getHelp() + "\n      " + abbreviate(node.getHtml())
                        + "\n      " + node.getFailureSummary().replace("\n", " ")))
                .collect(Collectors.toList());
    }

    /**
     * Waits until the page is whole: no network traffic, a main heading, and no Vaadin round trip
     * under way (a check in the middle of one sees half-built components and reports ghosts).
     */
    static void settle(Page page) {
        page.waitForLoadState(LoadState.NETWORKIDLE);
        page.locator("h1").first().waitFor();
        page.waitForFunction("() => !window.Vaadin || !window.Vaadin.Flow || !window.Vaadin.Flow.clients"
                + " || Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive || !c.isActive())");
        // A notification fading in is half transparent: its contrast is measured once it has arrived.
        page.waitForFunction("() => document.getAnimations().filter(a => a.effect"
                + " && a.effect.getComputedTiming().iterations !== Infinity).every(a => a.playState !== 'running')");
    }

    private static String abbreviate(String html) {
        return html == null || html.length() <= 160 ? html : html.substring(0, 160) + "…";
    }

    String url(String path) {
        return "http://localhost:" + port + "/" + path;
    }

    static void screenshot(Page page, String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name)).setFullPage(true));
    }
}
