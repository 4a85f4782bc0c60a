package org.holdfast;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/**
 * Dr Marsh opens Alex's insights: the demo guarantees that every slip of Alex's is a text reply to J.,
 * each within two hours of J.'s text, on a weekend evening.
 */
class InsightsJourneyTests extends BrowserJourney {

    @Autowired
    TestUsers users;

    @Test
    void theClinicianSeesThatAlexsSlipsFollowJsTexts() throws Exception {
        long alex = users.clientId(TestUsers.ALEX);
        try (Page page = browser.newPage(new com.microsoft.playwright.Browser.NewPageOptions().setViewportSize(1400, 1000))) {
            signIn(page, TestUsers.ELENA, "holdfast-demo");
            page.waitForURL("**/caseload");
            page.navigate(url("clients/" + alex + "/insights"));
            page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("Whole plan")).click();

            assertThat(page.locator(".insights-sharing")).hasText(
                    "Alex shares everything: every chart is here; the contact-attempt log is shared.");
            assertThat(page.locator("#insight-after-contact .insight-reading"))
                    .hasText(Pattern.compile("^(\\d+) of \\1 slips came within 24 hours after J\\. tried to make contact\\.$"));
            assertThat(page.locator("#insight-slips-by-channel .insight-reading"))
                    .hasText(Pattern.compile("^All \\d+ slips were by text or messaging apps\\.$"));
            assertThat(page.locator("#insight-slip-clock .insight-reading"))
                    .hasText(Pattern.compile("slips were between \\d\\d:00 and \\d\\d:00, .*(Friday|Saturday)"));
            assertThat(page.locator("#insight-slip-clock svg[role=img]")).hasCount(1);
            assertAccessible(page, "insights-alex-plan");
            screenshot(page, "insights-alex-plan.png");
        }
    }

    /**
     * On a 390 px phone every card stays inside the screen with its title and reading, and its chart is
     * either whole or scrolls sideways inside the card (never the page, never cut off without a way to it).
     */
    @Test
    void onAPhoneEveryChartIsWholeOrScrollsInsideItsCard() throws Exception {
        long alex = users.clientId(TestUsers.ALEX);
        try (Page page = browser.newPage(new com.microsoft.playwright.Browser.NewPageOptions().setViewportSize(390, 844)
                .setIsMobile(true).setHasTouch(true).setDeviceScaleFactor(2))) {
            signIn(page, TestUsers.ELENA, "holdfast-demo");
            page.waitForURL("**/caseload");
            page.navigate(url("clients/" + alex + "/insights"));
            assertThat(page.locator("#insight-slip-clock svg[role=img]")).hasCount(1);
            // The cards are rebuilt when the period changes: wait for the new period's line, so the
            // cards measured below are the ones that stay
            String firstPeriod = page.locator(".insights-period").textContent();
            page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("Whole plan")).click();
            assertThat(page.locator(".insights-period")).not().hasText(firstPeriod);
            assertThat(page.locator("#insight-slip-clock svg[role=img]")).hasCount(1);

            // For each card: its box, its title's and reading's boxes, and its chart's box and scroll state
            @SuppressWarnings("unchecked")
            java.util.List<java.util.Map<String, Object>> cards = (java.util.List<java.util.Map<String, Object>>) page.evaluate("""
                    () => [...document.querySelectorAll('.insight-card')].map(card => {
                      const box = e => e ? e.getBoundingClientRect() : null;
                      const chart = card.querySelector('.insight-chart');
                      const svg = card.querySelector('.insight-chart svg');
                      const scroller = chart ? getComputedStyle(chart).overflowX : null;
                      const hint = card.querySelector('.insight-scroll-hint');
                      const hinted = !!hint && getComputedStyle(hint).display !== 'none' && box(hint).height > 0;
                      let svgRightAtEnd = 0;
                      if (chart && svg) {
                        chart.scrollLeft = chart.scrollWidth;
                        svgRightAtEnd = box(svg).right;
                        chart.scrollLeft = 0;
                      }
                      return { id: card.id, left: box(card).left, right: box(card).right, hinted, svgRightAtEnd,
                        titleRight: box(card.querySelector('h3')).right,
                        readingRight: box(card.querySelector('.insight-reading'))?.right ?? 0,
                        chartRight: chart ? box(chart).right : 0,
                        svgWidth: svg ? box(svg).width : 0, chartWidth: chart ? chart.clientWidth : 0,
                        scrolls: scroller === 'auto' || scroller === 'scroll' };
                    })""");
            assertThat(page.locator(".insight-card").first()).isVisible();
            org.assertj.core.api.Assertions.assertThat(cards).hasSizeGreaterThan(5);
            for (var card : cards) {
                String id = String.valueOf(card.get("id"));
                double right = ((Number) card.get("right")).doubleValue();
                org.assertj.core.api.Assertions.assertThat(((Number) card.get("left")).doubleValue()).as(id).isGreaterThanOrEqualTo(0);
                org.assertj.core.api.Assertions.assertThat(right).as(id + " inside the screen").isLessThanOrEqualTo(390);
                org.assertj.core.api.Assertions.assertThat(((Number) card.get("titleRight")).doubleValue()).as(id + " title").isLessThanOrEqualTo(right);
                org.assertj.core.api.Assertions.assertThat(((Number) card.get("readingRight")).doubleValue()).as(id + " reading").isLessThanOrEqualTo(right);
                org.assertj.core.api.Assertions.assertThat(((Number) card.get("chartRight")).doubleValue()).as(id + " chart box").isLessThanOrEqualTo(right);
                boolean whole = ((Number) card.get("svgWidth")).doubleValue() <= ((Number) card.get("chartWidth")).doubleValue() + 1;
                // A chart wider than its card scrolls inside it, says so, and its far edge can be reached
                org.assertj.core.api.Assertions.assertThat(whole || (Boolean.TRUE.equals(card.get("scrolls"))
                        && Boolean.TRUE.equals(card.get("hinted"))
                        && ((Number) card.get("svgRightAtEnd")).doubleValue() <= right))
                        .as(id + " chart whole, or scrolling in its card with a hint: " + card).isTrue();
            }
            page.locator("#insight-slip-clock").scrollIntoViewIfNeeded();
            assertAccessible(page, "insights-phone-390");
            screenshot(page, "insights-phone-390.png");
            page.locator("#insight-slip-clock").screenshot(new com.microsoft.playwright.Locator.ScreenshotOptions()
                    .setPath(SCREENSHOTS.resolve("insights-phone-390-slip-clock.png")));
        }
    }
}
