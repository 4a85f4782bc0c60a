package org.holdfast;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.io.IOException;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/**
 * A client who uses no mouse and no touch, on a phone-sized screen: signs in, checks in and logs an urge
 * with the keyboard alone. Every control is found by its role and accessible name, the way a screen
 * reader announces it, so a control without a name (or with the wrong role) fails here too.
 */
class KeyboardJourneyTests extends BrowserJourney {

    static final String CLIENT = "greta@demo.holdfast";

    /** More than any page needs between two controls; a control never reached fails instead of looping on. */
    static final int MAX_TABS = 80;

    @Test
    void aClientSignsInChecksInAndLogsAnUrgeWithTheKeyboardAlone() throws IOException {
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(390, 844))) {
            Page page = context.newPage();
            page.navigate(url("login"));
            settle(page);

            tabTo(page, page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Email or username")));
            page.keyboard().type(CLIENT);
            tabTo(page, page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)));
            page.keyboard().type("holdfast-demo");
            page.keyboard().press("Enter");
            page.waitForURL("**/today");
            settle(page);

            // The check-in: numbers typed and stepped with the arrow keys, saved with Enter on the button
            Locator mood = page.getByRole(AriaRole.SPINBUTTON, new Page.GetByRoleOptions().setName("Mood today"));
            tabTo(page, mood);
            page.keyboard().press("Control+A");
            page.keyboard().type("5");
            page.keyboard().press("ArrowUp");
            assertThat(mood).hasValue("6");
            Locator urge = page.getByRole(AriaRole.SPINBUTTON, new Page.GetByRoleOptions().setName("Urge to make contact"));
            tabTo(page, urge);
            page.keyboard().press("Control+A");
            page.keyboard().type("4");
            Locator save = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save check-in"));
            tabTo(page, save);
            assertFocusRingShows(save);
            page.keyboard().press("Enter");
            Locator reply = page.getByText("Saved at");
            assertThat(reply).isVisible();
            assertThat(reply).isFocused();
            screenshot(page, "keyboard-1-check-in.png");

            // An urge, from Today's quick-log link, followed with Enter
            tabTo(page, page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("I had an urge")));
            page.keyboard().press("Enter");
            page.waitForURL("**/write/moment");
            settle(page);
            tabTo(page, page.getByRole(AriaRole.SPINBUTTON, new Page.GetByRoleOptions().setName("How strong was it?")));
            page.keyboard().type("6");
            Locator passed = page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("It passed without contact"));
            tabTo(page, page.getByRole(AriaRole.RADIO).first());
            page.keyboard().press("Space");
            assertThat(passed).isChecked();
            tabTo(page, page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save").setExact(true)));
            page.keyboard().press("Enter");
            assertThat(page.getByText("You rode this one out")).isVisible();
            screenshot(page, "keyboard-2-urge.png");
        }
    }

    /** The focused control shows the portal's focus ring (WCAG 2.4.7): dark blue, drawn by Lumo or as an outline. */
    static void assertFocusRingShows(Locator control) {
        String style = (String) control.evaluate("e => { const s = getComputedStyle(e);"
                + " return s.boxShadow + ' | ' + s.outlineStyle + ' ' + s.outlineColor; }");
        org.assertj.core.api.Assertions.assertThat(style).as("focus style of %s", control).contains("rgb(29, 78, 216)");
    }

    /**
     * Presses Tab until the target has the keyboard focus (a Vaadin field is focused through the input
     * inside it, so "inside" counts), and fails if it never does: then the control is not reachable.
     */
    static void tabTo(Page page, Locator target) {
        target.first().waitFor();
        for (int i = 0; i < MAX_TABS; i++) {
            if ((Boolean) target.first().evaluate("e => e === document.activeElement || e.contains(document.activeElement)")) {
                return;
            }
            page.keyboard().press("Tab");
        }
        throw new AssertionError("Not reachable with Tab: " + target);
    }
}
