package org.holdfast;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.regex.Pattern;

import org.holdfast.safety.SafetyService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/**
 * Measurement-based care end to end: Dr Marsh assigns a PHQ-9 to Zoë; Zoë answers it on her phone, is told which
 * question she skipped, answers question 9 above "Not at all" and at once sees the emergency numbers; the caseload
 * flags her, and Insights draws the score beside her slips, urges and contact attempts.
 */
class MeasuresJourneyTests extends BrowserJourney {

    static final String CLIENT = TestUsers.ZOE;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    SafetyService safety;

    private Long assignment;

    @org.junit.jupiter.api.BeforeEach
    void patientAssertions() {
        // The caseload and Insights compute a lot; on a busy two-core machine five seconds is not always enough.
        com.microsoft.playwright.assertions.PlaywrightAssertions.setDefaultAssertionTimeout(20_000);
    }

    @AfterEach
    void leaveTheDemoAsItWas() {
        com.microsoft.playwright.assertions.PlaywrightAssertions.setDefaultAssertionTimeout(5_000);
        // Other test classes share the in-memory database: resolve the signal and take the questionnaire back out.
        long zoe = users.clientId(CLIENT);
        users.as(TestUsers.ELENA, () -> safety.signals(zoe).stream().filter(s -> s.open())
                .forEach(s -> safety.resolve(s.id(), "Phoned her after the questionnaire (test)")));
        jdbc.update("delete from measure_draft where client_id = ? and assignment_id >= ?", zoe, assignment == null ? 0 : assignment);
        jdbc.update("delete from measure_response where client_id = ? and assignment_id >= ?", zoe, assignment == null ? 0 : assignment);
        jdbc.update("delete from measure_assignment where client_id = ? and id >= ?", zoe, assignment == null ? 0 : assignment);
    }

    @Test
    void aPhq9WithQuestion9AnsweredShowsTheNumbersFlagsTheCaseloadAndChartsBesideTheSlips() throws Exception {
        long zoe = users.clientId(CLIENT);
        try (BrowserContext desk = browser.newContext(new Browser.NewContextOptions().setViewportSize(1400, 900));
                BrowserContext phone = browser.newContext(new Browser.NewContextOptions().setViewportSize(390, 844)
                        .setHasTouch(true).setIsMobile(true));
                BrowserContext clientDesk = browser.newContext(new Browser.NewContextOptions().setViewportSize(1400, 900))) {
            Page clinician = desk.newPage();
            signIn(clinician, TestUsers.ELENA, "holdfast-demo");
            clinician.waitForURL("**/caseload");
            clinician.navigate(url("clients/" + zoe + "/measures"));
            clinician.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Assign a questionnaire")).click();
            Locator dialog = clinician.getByRole(AriaRole.DIALOG);
            dialog.getByText("Depression (PHQ-9)").click();
            dialog.getByText("Every 2 weeks").click();
            assertThat(dialog.getByLabel("Last due (optional)")).isVisible();
            dialog.getByText("Once", new Locator.GetByTextOptions().setExact(true)).click();
            clinician.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Assign").setExact(true)).click();
            assertThat(clinician.locator(".measure-assignment").first()).containsText("Depression (PHQ-9)");
            assignment = jdbc.queryForObject("select max(id) from measure_assignment where client_id = ?", Long.class, zoe);

            // The form as it opens on a desk, before any answer (opening it keeps no draft)
            Page wide = clientDesk.newPage();
            signIn(wide, CLIENT, "holdfast-demo");
            wide.waitForURL("**/today");
            wide.locator(".measure-due-link").filter(new Locator.FilterOptions().setHasText("Depression (PHQ-9)")).first().click();
            wide.waitForURL("**/questionnaire/**");
            settle(wide);
            assertAccessible(wide, "measures-0-form-1400");
            shoot(wide, "measures-0-form-1400.png");

            Page page = phone.newPage();
            signIn(page, CLIENT, "holdfast-demo");
            page.waitForURL("**/today");
            Locator due = page.locator(".measure-due-link").filter(new Locator.FilterOptions().setHasText("Depression (PHQ-9)"));
            due.first().click();
            page.waitForURL("**/questionnaire/**");
            assertThat(page.locator(".measure-notice").first()).containsText("whatever you have chosen to share");
            assertThat(page.locator(".measure-notice").nth(1)).containsText("safety flag");
            Locator items = page.locator("vaadin-radio-group.measure-item");
            assertThat(items).hasCount(9);
            for (int i = 0; i < 8; i++) {
                if (i != 4) { // question 5 left out on purpose
                    items.nth(i).getByText("Several days", new Locator.GetByTextOptions().setExact(true)).click();
                }
            }
            assertThat(page.locator(".measure-emergency")).isHidden();
            items.nth(8).getByText("More than half the days").click();
            // At once, before anything is sent: the numbers, and the way to the "I don't feel safe" page
            Locator emergency = page.locator(".measure-emergency");
            assertThat(emergency).isVisible();
            assertThat(emergency.locator("a.call-link").first()).hasAttribute("href", Pattern.compile("^tel:\\d+"));
            assertThat(emergency.getByText("I don't feel safe: my plan and people to call")).isVisible();
            settle(page);
            shoot(page, "measures-1-form-emergency-390.png");

            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send my answers")).click();
            assertThat(page.locator(".form-problem")).hasText("Question 5 has no answer yet. Your other answers are kept.");
            items.nth(4).getByText("Several days", new Locator.GetByTextOptions().setExact(true)).click();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send my answers")).click();
            assertThat(page.locator(".measure-score")).hasText(Pattern.compile("^Your score: 10 out of 27 · Moderate"));
            assertAccessible(page, "measures-2-form-sent-390");
            shoot(page, "measures-2-form-sent-390.png");

            // The caseload: Zoë is flagged, whatever she shares, and her latest score shows in its column
            clinician.navigate(url("caseload"));
            settle(clinician);
            Locator row = clinician.locator(".caseload-client-cell").filter(new Locator.FilterOptions().setHasText("Zoë Marchetti"));
            assertThat(row.locator(".safety-flag")).hasText("Not feeling safe");
            assertThat(clinician.locator(".caseload-measures").filter(new Locator.FilterOptions().setHasText("PHQ-9 10")))
                    .hasCount(1);
            shoot(clinician, "measures-3-caseload-1400.png");

            // Insights: one chart, the score above and her slips, urges and their attempts below on the same dates
            clinician.navigate(url("clients/" + zoe + "/insights"));
            settle(clinician); // the page draws a dozen charts: on a busy machine it takes a while
            Locator chart = clinician.locator("#insight-scores");
            assertThat(chart.locator("svg")).isVisible();
            assertThat(chart.locator("svg")).containsText("PHQ-9");
            assertThat(chart.locator("svg")).containsText("Slips");
            assertThat(chart.locator(".insight-reading")).containsText("PHQ-9 10 (moderate");
            assertThat(chart.locator(".insight-reading")).containsText("question 9 answered");
            chart.scrollIntoViewIfNeeded();
            settle(clinician);
            shoot(clinician, "measures-4-insights-chart-1400.png");
            chart.screenshot(new Locator.ScreenshotOptions().setPath(SHOTS.resolve("measures-5-insights-chart-card-1400.png")));

            Page small = phone.newPage();
            signIn(small, TestUsers.ELENA, "holdfast-demo");
            small.navigate(url("clients/" + zoe + "/insights"));
            assertThat(small.locator("#insight-scores svg")).isVisible();
            small.locator("#insight-scores").scrollIntoViewIfNeeded();
            settle(small);
            small.locator("#insight-scores").screenshot(new Locator.ScreenshotOptions()
                    .setPath(SHOTS.resolve("measures-6-insights-chart-390.png")));

            // Zoë's own scores and trend on Progress
            wide.navigate(url("progress"));
            Locator mine = wide.locator("#progress-scores");
            assertThat(mine).containsText("Depression (PHQ-9): 10 of 27");
            mine.scrollIntoViewIfNeeded();
            settle(wide);
            mine.screenshot(new Locator.ScreenshotOptions().setPath(SHOTS.resolve("measures-7-progress-1400.png")));
        }
    }

    static final Path SHOTS = Path.of("/work/notes/shots-measures");

    private static void shoot(Page page, String name) throws Exception {
        screenshot(page, name);
        Files.createDirectories(SHOTS);
        Files.copy(SCREENSHOTS.resolve(name), SHOTS.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }
}
