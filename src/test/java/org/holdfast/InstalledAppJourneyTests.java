package org.holdfast;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.holdfast.journal.JournalItem;
import org.holdfast.journal.JournalService;
import org.holdfast.plans.PlanDetails;
import org.holdfast.plans.PlanService;
import org.holdfast.security.SharedDevice;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The portal as an installed app on a phone, at 390 px: the manifest and service worker are served and the worker
 * takes over; with the network switched off any address shows the offline page with the practice's emergency
 * numbers, the coping plan only for a client who chose to keep it on the device, and a "write it down now" box whose
 * note is offered at the next sign-in and kept once. Discreet mode renames the installed app.
 */
class InstalledAppJourneyTests extends BrowserJourney {

    @Autowired
    TestUsers users;

    @Autowired
    SharedDevice sharedDevice;

    @Autowired
    JournalService journal;

    @Autowired
    PlanService plans;

    @AfterEach
    void ordinaryAgain() {
        for (String client : List.of(TestUsers.RUTH, TestUsers.PRIYA)) {
            users.as(client, () -> sharedDevice.choose(false, false));
        }
    }

    private BrowserContext phone() {
        return browser.newContext(new Browser.NewContextOptions().setViewportSize(390, 844));
    }

    private static void serviceWorkerReady(Page page) {
        Object script = page.evaluate("navigator.serviceWorker.ready.then(r => r.active.scriptURL)");
        assertThat(script.toString()).endsWith("/sw.js");
        // The worker claims the page that registered it, so going offline from here already reaches it.
        page.waitForFunction("navigator.serviceWorker.controller !== null");
    }

    @Test
    void theAppInstallsAndOfflineItShowsTheEmergencyNumbersAndKeepsANoteForLater() throws Exception {
        try (BrowserContext context = phone()) {
            Page page = context.newPage();
            page.navigate(url("login"));
            assertThat(page.locator("link[rel=manifest]")).hasAttribute("crossorigin", "use-credentials");
            JsonNode manifest = JsonMapper.shared().readTree(page.request().get(url("manifest.webmanifest")).text());
            assertThat(manifest.get("name").asString()).isEqualTo("Holdfast");
            assertThat(manifest.get("display").asString()).isEqualTo("standalone");
            for (JsonNode icon : manifest.get("icons")) {
                APIResponse image = page.request().get(url(icon.get("src").asString()));
                assertThat(image.status()).as(icon.get("src").asString()).isEqualTo(200);
                assertThat(image.headers().get("content-type")).startsWith("image/png");
            }
            serviceWorkerReady(page);

            context.setOffline(true);
            page.navigate(url("today"));
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("You are offline"))).isVisible();
            assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("999"))).hasAttribute("href", "tel:999");
            assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("112"))).isVisible();
            assertThat(page.locator("#plan")).isHidden();
            page.getByLabel("Your note").fill("Walked to the park instead of answering. Felt shaky, then better.");
            assertThat(page.locator("#note-status")).containsText("Kept on this device");
            screenshot(page, "installed-1-offline-390.png");
            assertAccessible(page, "offline page");
            page.reload();
            assertThat(page.getByLabel("Your note")).hasValue("Walked to the park instead of answering. Felt shaky, then better.");

            context.setOffline(false);
            signIn(page, TestUsers.RUTH, "holdfast-demo");
            page.waitForURL("**/today");
            assertThat(page.locator(".offline-note")).containsText("Walked to the park instead of answering.");
            screenshot(page, "installed-2-note-offered-390.png");
            assertAccessible(page, "today with an offline note");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Keep it in my journal")).click();
            assertThat(page.locator(".offline-note-reply")).hasText("Kept in your journal.");
            page.reload();
            page.waitForSelector("[role=main] h1");
            assertThat(page.locator(".offline-note")).hasCount(0);
            assertThat(page.evaluate("localStorage.getItem('holdfast.offline-note')")).isNull();

            List<JournalItem> notes = users.as(TestUsers.RUTH, () -> journal.myJournal()).stream()
                    .filter(i -> i.text() != null && i.text().contains("Walked to the park instead of answering.")).toList();
            assertThat(notes).hasSize(1);
            assertThat(notes.getFirst().facts()).isEqualTo("Written without a connection");
        }
    }

    @Test
    void aDroppedConnectionIsToldInThePortalsWordsAndWhatWasTypedReachesTheServerAfterwards() throws Exception {
        try (BrowserContext context = phone()) {
            Page page = context.newPage();
            signIn(page, TestUsers.RUTH, "holdfast-demo");
            page.waitForURL("**/today");
            context.setOffline(true);
            page.getByLabel("Anything you want to note").fill("Typed while the train was in the tunnel.");
            page.getByLabel("Mood today").fill("6");
            assertThat(page.getByText("Connection lost. Trying again")).isVisible(
                    new com.microsoft.playwright.assertions.LocatorAssertions.IsVisibleOptions().setTimeout(20_000));
            screenshot(page, "installed-4-reconnecting-390.png");
            context.setOffline(false);
            page.waitForCondition(() -> users.as(TestUsers.RUTH, () -> journal.checkInDraft()).map(d -> d.getNote())
                    .filter(n -> n.contains("in the tunnel")).isPresent(), new Page.WaitForConditionOptions().setTimeout(30_000));
        }
    }

    @Test
    void aNoteOlderThanTheJournalsWindowIsExplainedAndKeptDatedToday() {
        try (BrowserContext context = phone()) {
            Page page = context.newPage();
            signIn(page, TestUsers.RUTH, "holdfast-demo");
            page.waitForURL("**/today");
            String id = UUID.randomUUID().toString();
            page.evaluate("([id, at]) => localStorage.setItem('holdfast.offline-note', JSON.stringify({id, writtenAt: at, "
                    + "text: 'A hard evening, wrote it on the bus.'}))",
                    List.of(id, Instant.now().minus(10, ChronoUnit.DAYS).toString()));
            page.reload();
            assertThat(page.locator(".offline-note")).containsText("The journal takes entries from the last 7 days");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Keep it, dated today")).click();
            assertThat(page.locator(".offline-note-reply")).hasText("Kept in your journal, dated today.");

            // Offered again (another tab kept it too): still one entry.
            page.evaluate("([id]) => localStorage.setItem('holdfast.offline-note', JSON.stringify({id, writtenAt: new Date().toISOString(), "
                    + "text: 'A hard evening, wrote it on the bus.'}))", List.of(id));
            page.reload();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Keep it in my journal")).click();
            assertThat(page.locator(".offline-note-reply")).hasText("Kept in your journal.");
            long kept = users.as(TestUsers.RUTH, () -> journal.myJournal()).stream()
                    .filter(i -> i.text() != null && i.text().contains("wrote it on the bus")).count();
            assertThat(kept).isEqualTo(1);
        }
    }

    @Test
    void aNoteLongerThanAnEntryIsKeptWholeUntilTheClientShortensIt() {
        try (BrowserContext context = phone()) {
            Page page = context.newPage();
            signIn(page, TestUsers.RUTH, "holdfast-demo");
            page.waitForURL("**/today");
            page.navigate(url("offline"));
            String longNote = "Every word of it. ".repeat(117); // 2,106 characters
            page.getByLabel("Your note").fill(longNote);
            assertThat(page.locator("#note-status")).containsText("2,106 of 2,000 characters: shorten it by 106");
            page.navigate(url("today"));
            assertThat(page.locator(".offline-note")).containsText("Shorten it by 106 first");
            assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Keep it in my journal"))).isHidden();
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Shorten the note")).click();
            assertThat(page.getByLabel("Your note")).hasValue(longNote);
            page.getByLabel("Your note").fill(longNote.substring(0, 1990));
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Try again")).click();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Keep it in my journal")).click();
            assertThat(page.locator(".offline-note-reply")).hasText("Kept in your journal.");
        }
    }

    @Test
    void theCopingPlanIsOfflineOnlyForAClientWhoChoseToKeepItAndDiscreetModeCarriesOver() throws Exception {
        users.as(TestUsers.PRIYA, () -> sharedDevice.choose(true, true));
        String reason = users.as(TestUsers.PRIYA, () -> plans.myPlans()).stream().map(PlanDetails::content)
                .flatMap(c -> c.getReasons().stream()).findFirst().orElseThrow();
        try (BrowserContext context = phone()) {
            Page page = context.newPage();
            signIn(page, TestUsers.PRIYA, "holdfast-demo");
            page.waitForURL("**/today");
            JsonNode manifest = JsonMapper.shared().readTree(page.request().get(url("manifest.webmanifest")).text());
            assertThat(manifest.get("name").asString()).isEqualTo("Daily notes");
            assertThat(manifest.get("icons").get(0).get("src").asString()).contains("notes");
            assertThat(page.locator("meta[name=apple-mobile-web-app-title]")).hasAttribute("content", "Daily notes");
            serviceWorkerReady(page);
            page.waitForFunction("localStorage.getItem('holdfast.coping-plan') !== null");

            context.setOffline(true);
            page.navigate(url("my-journal"));
            // Discreet mode reaches the offline page too: a neutral title and headings, no helpline's name.
            page.waitForFunction("document.title === 'Daily notes'");
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("No connection"))).isVisible();
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Kept for later"))).isVisible();
            assertThat(page.locator("body")).not().containsText("Domestic Abuse");
            assertThat(page.locator("body")).not().containsText("danger");
            assertThat(page.locator("#plan")).containsText(reason);
            screenshot(page, "installed-3-offline-plan-390.png");

            // Unticking it takes it off the device as the setting is saved, before anything else.
            context.setOffline(false);
            page.navigate(url("settings"));
            page.getByText("Keep my coping plan on this device").first().click();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save settings")).click();
            page.waitForFunction("localStorage.getItem('holdfast.coping-plan') === null");
            context.setOffline(true);
            page.navigate(url("today"));
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("No connection"))).isVisible();
            assertThat(page.locator("#plan")).isHidden();
        }
    }

    @Test
    void aNoteIsOfferedOnlyToWhoeverWroteItOnThisBrowser() {
        try (BrowserContext context = phone()) {
            Page page = context.newPage();
            signIn(page, TestUsers.PRIYA, "holdfast-demo");
            page.waitForURL("**/today");
            page.navigate(url("offline"));
            page.getByLabel("Your note").fill("Priya's own words, for Priya.");
            context.clearCookies();

            signIn(page, TestUsers.RUTH, "holdfast-demo");
            page.waitForURL("**/today");
            page.waitForSelector("[role=main] h1");
            page.waitForTimeout(500);
            assertThat(page.locator(".offline-note")).hasCount(0);
            assertThat(page.locator("body")).not().containsText("Priya's own words");
            context.clearCookies();

            signIn(page, TestUsers.PRIYA, "holdfast-demo");
            page.waitForURL("**/today");
            assertThat(page.locator(".offline-note")).containsText("Priya's own words, for Priya.");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Delete it from this device")).click();
            assertThat(page.locator(".offline-note-reply")).hasText("Deleted from this device.");
        }
    }

    @Test
    void aQuickExitTakenOfflineSignsOutAtTheNextVisit() {
        try (BrowserContext context = phone()) {
            context.route("https://www.bbc.co.uk/**", route -> route.fulfill(new com.microsoft.playwright.Route.FulfillOptions()
                    .setContentType("text/html").setBody("<!doctype html><title>Weather</title><h1>Weather forecast</h1>")));
            Page page = context.newPage();
            signIn(page, TestUsers.RUTH, "holdfast-demo");
            page.waitForURL("**/today");
            serviceWorkerReady(page);
            context.setOffline(true);
            page.navigate(url("today"));
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Quick exit: leave this page now")).click();
            page.waitForURL("https://www.bbc.co.uk/**");
            context.setOffline(false);
            page.navigate(url("today"));
            page.waitForURL("**/login?signed-out");
            page.navigate(url("today"));
            assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/login.*"));
        }
    }
}
