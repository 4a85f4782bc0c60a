package org.holdfast;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;

/**
 * Every page of the portal, as each kind of user sees it, passes axe-core's WCAG 2.2 A/AA rules
 * (serious and critical findings), with one h1 and one main landmark. The other journeys check the
 * pages they pass through while doing something; this one makes sure no page is missed, and lists
 * every finding at once instead of stopping at the first page.
 */
class AccessibilityJourneyTests extends BrowserJourney {

    @Autowired
    TestUsers users;

    @Test
    void everyClientPageMeetsWcagAaOnAPhone() {
        List<String> findings = new ArrayList<>();
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(390, 844))) {
            Page page = context.newPage();
            page.navigate(url("login"));
            check(page, "login", findings);
            signIn(page, TestUsers.ALEX, "holdfast-demo");
            page.waitForURL("**/today");
            for (String path : List.of("today", "write/moment", "write/step", "write/message", "my-journal",
                    "my-journal/record", "progress", "my-plan", "my-homework", "my-sharing", "who-looked", "settings",
                    "safe-use", "help", "pause", "account/security", "offline")) {
                page.navigate(url(path));
                check(page, path, findings);
            }
        }
        assertThat(findings).as("WCAG findings on client pages").isEmpty();
    }

    @Test
    void everyClinicianAndManagerPageMeetsWcagAaOnADesk() {
        long alex = users.clientId(TestUsers.ALEX);
        List<String> findings = new ArrayList<>();
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1400, 900))) {
            Page page = context.newPage();
            signIn(page, TestUsers.ELENA, "holdfast-demo");
            page.waitForURL("**/caseload");
            for (String path : List.of("caseload", "clients/" + alex, "clients/" + alex + "/insights",
                    "clients/" + alex + "/sessions", "clients/" + alex + "/homework", "clients/" + alex + "/plan",
                    "clients/" + alex + "/journal", "clients/" + alex + "/contact-record", "homework-library",
                    "new-client", "account/security")) {
                page.navigate(url(path));
                check(page, path, findings);
            }
        }
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1400, 900))) {
            Page page = context.newPage();
            signIn(page, TestUsers.MANAGER, "holdfast-demo");
            page.waitForLoadState();
            for (String path : List.of("admin/users", "admin/clients", "admin/audit", "admin/risk-flags", "admin/record-check")) {
                page.navigate(url(path));
                check(page, path, findings);
            }
        }
        assertThat(findings).as("WCAG findings on clinician and manager pages").isEmpty();
    }

    private static void check(Page page, String where, List<String> findings) {
        List<String> violations = accessibilityViolations(page);
        if (!violations.isEmpty()) {
            findings.add(where + ":\n" + String.join("\n", violations));
        }
        int headings = page.locator("h1").count();
        int mains = page.locator("main, [role=main]").count();
        if (headings != 1 || mains != 1) {
            findings.add(where + ": " + headings + " h1 and " + mains + " main landmarks (one of each wanted)");
        }
    }
}
