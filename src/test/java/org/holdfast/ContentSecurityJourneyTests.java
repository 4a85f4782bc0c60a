package org.holdfast;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/**
 * The portal works in a real browser under its Content-Security-Policy (own origin only): signing
 * in through Vaadin's LoginForm (which must send the CSRF token), the caseload, a client's insights and a
 * PDF download raise no policy violation and no script error; the PDF's response forbids keeping a copy.
 */
class ContentSecurityJourneyTests extends BrowserJourney {

    @Autowired
    TestUsers users;

    @Test
    void theClinicianWorksThroughThePortalWithoutAPolicyViolation() {
        long alex = users.clientId(TestUsers.ALEX);
        List<String> problems = new CopyOnWriteArrayList<>();
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1400, 900))) {
            Page page = context.newPage();
            page.onConsoleMessage(message -> {
                if (message.type().equals("error") || message.text().contains("Content Security Policy")) {
                    problems.add(message.text());
                }
            });
            page.onPageError(error -> problems.add(error));

            signIn(page, TestUsers.ELENA, "holdfast-demo");
            page.waitForURL("**/caseload");
            page.navigate(url("clients/" + alex + "/insights"));
            page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("Whole plan")).click();
            page.locator("#insight-slip-clock svg[role=img]").waitFor();

            page.navigate(url("caseload"));
            Download pdf = page.waitForDownload(() -> page.getByRole(AriaRole.BUTTON,
                    new Page.GetByRoleOptions().setName("Caseload PDF").setExact(true)).click());
            // The same address again, as this browser (its session): "save again" renders a new copy
            APIResponse again = context.request().get(pdf.url());

            assertThat(again.headers().get("content-type")).isEqualTo("application/pdf");
            assertThat(again.headers().get("cache-control")).contains("no-store");
        }
        assertThat(problems).as("console errors and policy violations").isEmpty();
    }
}
