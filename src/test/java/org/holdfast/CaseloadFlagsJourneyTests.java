package org.holdfast;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.regex.Pattern;

import org.holdfast.insights.RiskSettings;
import org.holdfast.insights.RiskThresholds;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/**
 * The caseload puts who needs Dr Marsh first at the top, each flag says why on hover (mouse) or on a
 * tap of the row (phone), and the practice manager's thresholds decide what is flagged.
 */
class CaseloadFlagsJourneyTests extends BrowserJourney {

    @Autowired
    TestUsers users;

    @Autowired
    RiskSettings settings;

    @AfterEach
    void backToTheDefaults() {
        // Other test classes share the in-memory database: leave the practice's thresholds as they were.
        users.as(TestUsers.MANAGER, () -> settings.update(RiskThresholds.defaults()));
    }

    @Test
    void theMostSeriouslyFlaggedClientComesFirstAndEachFlagSaysWhy() throws Exception {
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1400, 900))) {
            Page page = context.newPage();
            signIn(page, TestUsers.ELENA, "holdfast-demo");
            page.waitForURL("**/caseload");

            // Tomás said he doesn't feel safe (the most serious flag) and is slipping again in the demo
            Locator first = page.locator(".caseload-client-cell").first();
            assertThat(first.locator("a[router-link]")).hasText("Tomás Herrera");
            assertThat(first.locator(".safety-flag")).hasText("Not feeling safe");
            Locator slipping = page.locator(".risk-flag", new Page.LocatorOptions().setHasText("Slipping again")).first();
            assertThat(slipping).hasAttribute("title", Pattern.compile("^\\d+ slips since \\w{3} \\d{1,2} \\w{3}"));
            slipping.hover();
            assertThat(slipping).hasClass(Pattern.compile("\\bhigh\\b"));
            assertAccessible(page, "flags-1-caseload");
            screenshot(page, "flags-1-caseload.png");
        }
        try (BrowserContext phone = browser.newContext(new Browser.NewContextOptions().setViewportSize(390, 844)
                .setHasTouch(true).setIsMobile(true))) {
            Page page = phone.newPage();
            signIn(page, TestUsers.ELENA, "holdfast-demo");
            page.waitForURL("**/caseload");
            page.locator(".risk-flags").first().tap();
            Locator details = page.locator(".risk-flag-details").first();
            assertThat(details).containsText("Plan: Day ");
            assertThat(details).containsText(Pattern.compile("Slipping again: \\d+ slips since"));
            assertAccessible(page, "flags-2-phone-details");
            screenshot(page, "flags-2-phone-details.png");
        }
    }

    @Test
    void thePracticeManagerChangesAThresholdAndTheCaseloadFollows() throws Exception {
        Locator.FilterOptions slippingAgain = new Locator.FilterOptions().setHasText("Slipping again");
        try (BrowserContext clinician = browser.newContext(new Browser.NewContextOptions().setViewportSize(1400, 900));
                BrowserContext manager = browser.newContext(new Browser.NewContextOptions().setViewportSize(1400, 900))) {
            Page caseload = clinician.newPage();
            signIn(caseload, TestUsers.ELENA, "holdfast-demo");
            caseload.waitForURL("**/caseload");
            assertThat(caseload.locator(".risk-flag").filter(slippingAgain).first()).isVisible();

            Page page = manager.newPage();
            signIn(page, TestUsers.MANAGER, "holdfast-demo");
            page.navigate(url("admin/risk-flags"));
            Locator slips = page.getByLabel("Slips", new Page.GetByLabelOptions().setExact(true));
            Locator save = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save thresholds"));

            slips.fill("0");
            save.click();
            assertThat(page.getByText("At least 1 slip")).isVisible();
            slips.fill("");
            save.click();
            assertThat(page.getByText("Enter how many slips raise the flag")).isVisible();
            assertAccessible(page, "flags-3-settings-invalid");
            screenshot(page, "flags-3-settings-invalid.png");

            // No demo client slips twenty times in a week
            slips.fill("20");
            save.click();
            assertThat(page.getByText("Saved. Clinicians see the new flags the next time their caseload loads.")).isVisible();
            assertThat(page.getByText(Pattern.compile("^Last changed by .+ on \\d"))).isVisible();

            caseload.reload();
            assertThat(caseload.locator(".caseload-client-cell").first()).isVisible();
            assertThat(caseload.locator(".risk-flag").filter(slippingAgain)).hasCount(0);
            assertThat(caseload.locator(".risk-flag").first()).isVisible(); // the other flags stay
        }
    }
}
