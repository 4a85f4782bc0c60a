package org.holdfast;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.BoundingBox;

/**
 * WCAG 1.4.10 and 1.4.4 together, the hardest case: a 320 px wide screen with text at twice its size.
 * A client who needs large text on a small phone still reads Today and logs a moment without scrolling
 * sideways, with the quick exit and "I don't feel safe" whole on screen and every quick-log label whole.
 * Also screenshots at 320 px and on a desk (1400 px), for a person to look at.
 */
class ReflowJourneyTests extends BrowserJourney {

    static final String CLIENT = "zoe@demo.holdfast";
    static final int NARROW = 320;
    static final int HEIGHT = 720;

    /** Lumo sizes everything in rem, so doubling the root size doubles the text and the controls with it. */
    static final String DOUBLE_TEXT = "html { font-size: 200% !important; }";

    @Test
    void todayAndAQuickLogReflowAt320PixelsWithDoubleText() throws IOException {
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(NARROW, HEIGHT))) {
            Page page = context.newPage();
            signIn(page, CLIENT, "holdfast-demo");
            page.waitForURL("**/today");
            page.addStyleTag(new Page.AddStyleTagOptions().setContent(DOUBLE_TEXT));
            settle(page);

            assertNoSidewaysScrolling(page, "Today");
            assertLifelinesOnScreen(page, "Today");
            for (String label : List.of("I had an urge", "I made contact", "They contacted me")) {
                Locator link = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(label));
                assertThat((Boolean) link.evaluate("a => a.scrollWidth <= a.clientWidth + 1"))
                        .as("the whole label of \"%s\" shows", label).isTrue();
                assertInsideWidth(link.boundingBox(), "\"" + label + "\"");
            }
            screenshot(page, "reflow-320-today.png");

            page.navigate(url("write/moment"));
            page.addStyleTag(new Page.AddStyleTagOptions().setContent(DOUBLE_TEXT));
            settle(page);
            assertNoSidewaysScrolling(page, "the urge log");
            assertLifelinesOnScreen(page, "the urge log");
            screenshot(page, "reflow-320-urge.png");
        }
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1400, 900))) {
            Page page = context.newPage();
            signIn(page, CLIENT, "holdfast-demo");
            page.waitForURL("**/today");
            settle(page);
            assertNoSidewaysScrolling(page, "Today on a desk");
            screenshot(page, "reflow-1400-today.png");
        }
    }

    /** Neither the document nor the layout's own scrolling region is wider than the screen. */
    private static void assertNoSidewaysScrolling(Page page, String where) {
        Object widths = page.evaluate("() => { const d = document.documentElement;"
                + " const layout = document.querySelector('vaadin-app-layout');"
                + " const content = layout && layout.shadowRoot.querySelector('[part=content]');"
                + " return [d.scrollWidth, d.clientWidth, content ? content.scrollWidth : 0, content ? content.clientWidth : 0]; }");
        @SuppressWarnings("unchecked")
        List<Number> w = (List<Number>) widths;
        assertThat(w.get(0).intValue()).as("page width on %s (screen %s)", where, w.get(1)).isLessThanOrEqualTo(w.get(1).intValue() + 1);
        assertThat(w.get(2).intValue()).as("content width on %s (region %s); too wide: %s", where, w.get(3), page.evaluate(
                "() => [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > innerWidth + 1)"
                        + ".slice(-5).map(e => e.localName + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right) + ' ' + (e.parentElement.localName) + ' ' + e.textContent.slice(0, 40))"))
                .isLessThanOrEqualTo(w.get(3).intValue() + 1);
    }

    private static void assertLifelinesOnScreen(Page page, String where) {
        // The top bar stays fixed: however tall large text makes it, the page's own heading must still show.
        BoundingBox heading = page.locator("h1").first().boundingBox();
        assertThat(heading.y + heading.height).as("bottom of the page's heading on %s", where).isLessThanOrEqualTo(HEIGHT);
        for (Locator lifeline : List.of(
                page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Quick exit: leave this site now")),
                page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("I don't feel safe")))) {
            BoundingBox box = lifeline.boundingBox();
            assertThat(box).as("%s on %s", lifeline, where).isNotNull();
            assertInsideWidth(box, lifeline + " on " + where);
            assertThat(box.y).as("top of %s on %s", lifeline, where).isGreaterThanOrEqualTo(0);
            assertThat(box.y + box.height).as("bottom of %s on %s", lifeline, where).isLessThanOrEqualTo(HEIGHT);
        }
    }

    private static void assertInsideWidth(BoundingBox box, String what) {
        assertThat(box.x).as("left edge of %s", what).isGreaterThanOrEqualTo(0);
        assertThat(box.x + box.width).as("right edge of %s", what).isLessThanOrEqualTo(NARROW + 0.5);
    }
}
