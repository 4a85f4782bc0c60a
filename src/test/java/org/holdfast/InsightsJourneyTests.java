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
            page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Whole plan")).click();

            assertThat(page.locator(".insights-sharing")).hasText(
                    "Alex shares everything: every chart is here; the contact-attempt log is shared.");
            assertThat(page.locator("#insight-after-contact .insight-reading"))
                    .hasText(Pattern.compile("^(\\d+) of \\1 slips came within 24 hours after J\\. tried to make contact\\.$"));
            assertThat(page.locator("#insight-slips-by-channel .insight-reading"))
                    .hasText(Pattern.compile("^All \\d+ slips were by text or messaging apps\\.$"));
            assertThat(page.locator("#insight-slip-clock .insight-reading"))
                    .hasText(Pattern.compile("slips were between \\d\\d:00 and \\d\\d:00, .*(Friday|Saturday)"));
            assertThat(page.locator("#insight-slip-clock svg[role=img]")).hasCount(1);
            screenshot(page, "insights-alex-plan.png");
        }
    }
}
