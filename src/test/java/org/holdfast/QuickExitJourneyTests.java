package org.holdfast;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;

import org.holdfast.security.SharedDevice;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/**
 * A client on a phone someone else may pick up, at 390 px: the quick exit by its button and by Shift pressed three
 * times (inside a text field too) lands on the practice's neutral site, Back shows nothing of the client's, and the
 * session is over; discreet mode changes every tab title and Today's first line. The neutral site is answered by
 * the browser itself, so no request leaves the machine.
 */
class QuickExitJourneyTests extends BrowserJourney {

    private static final String NEUTRAL = "https://www.bbc.co.uk/weather";
    private static final Pattern ON_NEUTRAL_SITE = Pattern.compile("^https://www\\.bbc\\.co\\.uk/weather.*");

    @Autowired
    TestUsers users;

    @Autowired
    SharedDevice sharedDevice;

    @AfterEach
    void ordinaryAgain() {
        users.as(TestUsers.ZOE, () -> sharedDevice.choose(false, false));
    }

    private BrowserContext phone() {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(390, 844));
        context.route(NEUTRAL + "**", route -> route.fulfill(new com.microsoft.playwright.Route.FulfillOptions()
                .setContentType("text/html").setBody("<!doctype html><title>Weather</title><h1>Weather forecast</h1>")));
        return context;
    }

    @Test
    void theExitButtonLeavesForTheNeutralSiteAndBackShowsNoClientContent() throws Exception {
        try (BrowserContext context = phone()) {
            Page page = context.newPage();
            signIn(page, TestUsers.ZOE, "holdfast-demo");
            page.waitForURL("**/today");
            assertThat(page.locator(".quick-exit-note")).containsText("cannot erase your browser history");
            screenshot(page, "quick-exit-1-today-390.png");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Got it")).click();
            assertThat(page.locator(".quick-exit-note")).hasCount(0);
            page.navigate(url("my-journal"));
            page.waitForSelector("[role=main] h1");
            assertThat(page.locator(".quick-exit")).isVisible();
            assertThat(page.locator(".quick-exit-note")).hasCount(0);
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("My journal"))).isVisible();

            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Quick exit: leave this site now")).click();
            page.waitForURL(ON_NEUTRAL_SITE);
            assertThat(page.locator("h1")).hasText("Weather forecast");

            page.goBack();
            assertThat(page).hasURL(Pattern.compile(".*/login.*"));
            assertThat(page.locator("body")).not().containsText("My journal");
            assertThat(page.locator("body")).not().containsText("Today");
            screenshot(page, "quick-exit-2-back-390.png");

            page.navigate(url("today"));
            assertThat(page).hasURL(Pattern.compile(".*/login.*"));
        }
    }

    @Test
    void shiftPressedThreeTimesExitsEvenWhileTyping() {
        try (BrowserContext context = phone()) {
            Page page = context.newPage();
            signIn(page, TestUsers.ZOE, "holdfast-demo");
            page.waitForURL("**/today");
            page.getByLabel("Anything you want to note").click();
            page.keyboard().type("half a thought");
            page.keyboard().press("Shift");
            page.keyboard().press("Shift");
            page.keyboard().press("Shift");
            page.waitForURL(ON_NEUTRAL_SITE);
            page.navigate(url("today"));
            assertThat(page).hasURL(Pattern.compile(".*/login.*"));
        }
    }

    @Test
    void theSignInPageHasTheExitAndSaysNothingAboutAnyone() {
        try (BrowserContext context = phone()) {
            Page page = context.newPage();
            page.navigate(url("login"));
            assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Quick exit: leave this site now")))
                    .isVisible();
            assertThat(page.locator("meta[name=description]")).hasAttribute("content", "Sign in to your practice's portal.");
            assertThat(page.locator("meta[name=robots]")).hasAttribute("content", "noindex, nofollow");
            assertThat(page.locator("body")).not().containsText("no contact");
            assertThat(page.locator("body")).not().containsText("no-contact");
            APIResponse robots = page.request().get(url("robots.txt"));
            assertThat(robots.status()).isEqualTo(200);
            assertThat(robots.text()).contains("Disallow: /");
            assertThat(robots.headers()).containsEntry("x-robots-tag", "noindex, nofollow");

            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Using Holdfast safely")).click();
            page.waitForURL("**/safe-use");
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Browser history"))).isVisible();
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Quick exit: leave this site now")).click();
            page.waitForURL(ON_NEUTRAL_SITE);
        }
    }

    @Test
    void discreetModeGivesEveryTabTheNeutralNameAndTodayNamesNobody() throws Exception {
        try (BrowserContext context = phone()) {
            Page page = context.newPage();
            signIn(page, TestUsers.ZOE, "holdfast-demo");
            page.waitForURL("**/today");
            assertThat(page.locator(".plan-line")).containsText("no contact with");

            page.navigate(url("settings"));
            page.getByText("Discreet mode").first().click();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save settings")).click();
            page.waitForFunction("document.title === 'Daily notes'");

            for (String address : new String[] { "today", "write/message", "help", "pause", "my-journal" }) {
                page.navigate(url(address));
                page.waitForFunction("document.title === 'Daily notes'");
                // The page is the main landmark and carries one level-one heading, as every page does.
                assertThat(page.locator("[role=main] h1")).hasCount(1);
            }
            page.navigate(url("today"));
            page.waitForFunction("document.title === 'Daily notes'");
            assertThat(page.locator(".plan-line")).not().containsText("no contact");
            assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Help now").setExact(true)))
                    .isVisible();
            assertThat(page.locator("link[rel=icon]").first()).hasAttribute("href", Pattern.compile(".*notes\\.svg"));
            screenshot(page, "quick-exit-3-discreet-today-390.png");
        }
    }
}
