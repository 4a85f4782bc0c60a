package org.holdfast;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.holdfast.consent.ConsentService;
import org.holdfast.consent.ConsentState;
import org.holdfast.consent.SharingLevel;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;

/**
 * A clinician's open journal page follows the client's consent in a real browser: the page turns push on for
 * itself (no page holds a push connection it does not need), and when Alex stops sharing words they vanish
 * from Dr Marsh's screen without a reload.
 */
class ConsentLiveJourneyTests extends BrowserJourney {

    @Autowired
    TestUsers users;

    @Autowired
    ConsentService consent;

    @Test
    void wordsTheClientStopsSharingLeaveTheClinicianOpenPageWithoutAReload() {
        long alex = users.clientId(TestUsers.ALEX);
        ConsentState was = users.as(TestUsers.ALEX, consent::mine);
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1400, 900))) {
            Page page = context.newPage();
            signIn(page, TestUsers.ELENA, "holdfast-demo");
            page.waitForURL("**/caseload");
            page.navigate(url("clients/" + alex + "/journal"));
            assertThat(page.locator(".current-consent")).containsText("everything");
            assertThat(page.locator(".journal-entries .entry-text").first()).isVisible();

            users.as(TestUsers.ALEX, () -> consent.change(SharingLevel.NUMBERS_ONLY, false));

            assertThat(page.locator(".current-consent")).containsText("numbers only");
            assertThat(page.locator(".journal-entries .entry-text")).hasCount(0);
        } finally {
            users.as(TestUsers.ALEX, () -> consent.change(was.level(), was.shareContactLog()));
        }
    }
}
