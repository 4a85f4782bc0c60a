package org.holdfast;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.holdfast.security.AccountService;
import org.holdfast.security.Role;
import org.springframework.beans.factory.annotation.Autowired;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/**
 * The clinician workspace end to end in a real browser: a clinician adds a client, hands over the
 * activation link, writes a plan with a co-parenting exception, activates it, assigns homework from
 * the library and sees it all on the caseload; the client activates the account, reads the plan and
 * completes the homework.
 */
class WorkspaceJourneyTests extends BrowserJourney {

    /** A clinician of its own, so that the demo caseloads other tests count stay as they are. */
    static final String CLINICIAN = "journey.clinician@test.holdfast";
    static final String PASSWORD = "a journey through the workspace";

    @Autowired
    AccountService accounts;

    @Autowired
    TestUsers users;

    @BeforeAll
    void createJourneyClinician() {
        users.as(TestUsers.MANAGER, () -> accounts.create(CLINICIAN, PASSWORD, "Dr Journey Test", Role.CLINICIAN));
    }

    @Test
    void clinicianSetsUpANewClientWhoThenActivatesReadsThePlanAndDoesTheHomework() throws IOException {
        String activationLink;
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1400, 900))) {
            Page page = context.newPage();
            signIn(page, CLINICIAN, PASSWORD);
            page.waitForURL("**/caseload");

            // Add the client and take the link
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add client")).click();
            page.waitForURL("**/new-client");
            page.getByLabel("Name they want to be called").fill("Sky Marlowe");
            page.getByLabel("Email address").fill("sky.marlowe@example.org");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add client")).click();
            assertThat(page.getByText("Sky Marlowe is on your caseload")).isVisible();
            activationLink = page.getByLabel("Activation link").inputValue();
            assertThat(activationLink).contains("/activate/");
            assertAccessible(page, "workspace-1-client-added");
            screenshot(page, "workspace-1-client-added.png");

            // Write the plan with a co-parenting exception, then activate it
            page.getByText("Open the plan").click();
            page.getByText("New plan").click();
            page.waitForURL("**/plan/new");
            page.getByLabel("Person", new Page.GetByLabelOptions().setExact(true)).fill("K.");
            choose(page, "Who they are to the client", "Ex-partner");
            page.getByText("Heal and move on").click();
            choose(page, "Initial period", "60 days");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add an exception")).click();
            choose(page, "Why contact continues", "Co-parenting");
            choose(page, "Only through", "Text / messaging");
            page.getByLabel("Only about").fill("the children's hand-overs");
            // The risk is not preset: the clinician chooses it, "Low" here.
            page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("Low").setExact(true)).check();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save plan")).click();
            page.waitForURL(url -> !url.endsWith("/plan/new"));
            assertThat(page.getByText("No contact with K. (ex-partner)")).isVisible();
            assertAccessible(page, "workspace-2-plan-saved");
            screenshot(page, "workspace-2-plan-saved.png");

            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Change status…")).click();
            choose(page, "New status", "Active");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Change status").setExact(true)).click();
            assertThat(page.getByText("Status changed to active.")).isVisible();

            // Homework from the library
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Homework").setExact(true)).click();
            page.waitForURL("**/homework");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Assign homework")).click();
            page.getByLabel("From the library").click();
            page.getByRole(AriaRole.OPTION).filter(new com.microsoft.playwright.Locator.FilterOptions()
                    .setHasText("reasons")).first().click();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Assign").setExact(true)).click();
            assertThat(page.getByText("Write your reasons").first()).isVisible();
            assertAccessible(page, "workspace-3-homework");
            screenshot(page, "workspace-3-homework.png");

            // The caseload shows it
            page.navigate(url("caseload"));
            assertThat(page.getByText("Sky Marlowe")).isVisible();
            assertThat(page.getByText("Day 1 of 60").first()).isVisible();
            assertAccessible(page, "workspace-4-caseload");
            screenshot(page, "workspace-4-caseload.png");
        }

        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(390, 844))) {
            Page page = context.newPage();
            page.navigate(activationLink);
            assertThat(page.getByText("Welcome, Sky Marlowe.")).isVisible();
            page.getByLabel("Choose a password").fill("four calm words here");
            page.getByLabel("Type it again").fill("four calm words here");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Set password")).click();
            assertThat(page.getByText("Your account is ready")).isVisible();

            signIn(page, "sky.marlowe@example.org", "four calm words here");
            page.waitForURL("**/today");
            page.navigate(url("my-plan"));
            assertThat(page.getByText("K.").first()).isVisible();
            assertThat(page.getByText("the children's hand-overs").first()).isVisible();
            assertAccessible(page, "workspace-5-my-plan");
            screenshot(page, "workspace-5-my-plan.png");

            page.navigate(url("my-homework"));
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Done").setExact(true)).first().click();
            page.getByLabel("Anything you noticed? (optional)").fill("Wrote six reasons; the third one surprised me.");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save as done")).click();
            assertAccessible(page, "workspace-6-homework-done");
            screenshot(page, "workspace-6-homework-done.png");
            assertThat(page.getByText("Saved. Thank you for taking the time.")).isVisible();
            assertThat(page.getByText("Wrote six reasons; the third one surprised me.").first()).isVisible();
        }
    }


}
