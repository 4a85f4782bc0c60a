package org.holdfast;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/**
 * A form sent with something missing, on a phone: the save button is at the bottom, the first field that needs the
 * client is at the top. The client is taken to that field (in view, with the focus), not left looking at a button.
 */
class FormErrorsJourneyTests extends BrowserJourney {

    private static boolean focusedAndInView(Locator field) {
        return (Boolean) field.evaluate("""
                el => {
                  const r = el.getBoundingClientRect();
                  return (el === document.activeElement || el.contains(document.activeElement) || el.shadowRoot?.activeElement != null
                          || el.matches(':focus-within')) && r.bottom > 0 && r.top < window.innerHeight;
                }""");
    }

    @Test
    void anUrgeSentWithoutItsStrengthTakesTheClientToThatField() {
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(390, 700))) {
            Page page = context.newPage();
            signIn(page, "kai@demo.holdfast", "holdfast-demo");
            page.waitForURL("**/today");
            page.navigate(url("write/moment"));
            Locator save = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save").setExact(true));
            save.scrollIntoViewIfNeeded();
            save.click();
            Locator strength = page.locator("vaadin-integer-field").filter(new Locator.FilterOptions().setHasText("How strong was it?"));
            assertThat(strength).hasAttribute("invalid", "");
            page.waitForFunction("document.activeElement && document.activeElement.closest('vaadin-integer-field') !== null");
            assertThat(focusedAndInView(strength)).isTrue();
        }
    }

    @Test
    void aCheckInSentWithoutAMoodTakesTheClientToThatField() {
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(390, 700))) {
            Page page = context.newPage();
            signIn(page, "kai@demo.holdfast", "holdfast-demo");
            page.waitForURL("**/today");
            page.getByLabel("Mood today").fill("");
            Locator save = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save check-in"));
            save.scrollIntoViewIfNeeded();
            save.click();
            Locator mood = page.locator("vaadin-integer-field").filter(new Locator.FilterOptions().setHasText("Mood today"));
            assertThat(mood).hasAttribute("invalid", "");
            page.waitForFunction("document.activeElement && document.activeElement.closest('vaadin-integer-field') !== null");
            assertThat(focusedAndInView(mood)).isTrue();
        }
    }
}
