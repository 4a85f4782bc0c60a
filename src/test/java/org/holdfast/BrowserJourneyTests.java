package org.holdfast;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/** The whole stack through a real browser: sign in, caseload, PDF download; a client's check-in. */
class BrowserJourneyTests extends BrowserJourney {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    org.holdfast.encryption.ClientKeys keys;

    @Autowired
    TestUsers users;

    @Test
    void wrongPasswordGetsAPlainMessage() throws IOException {
        try (BrowserContext context = browser.newContext()) {
            Page page = context.newPage();
            signIn(page, TestUsers.ELENA, "not-the-password");
            assertThat(page.getByText("The username or password is not right")).isVisible();
            assertThat(page.getByText("Exception")).hasCount(0);
            assertAccessible(page, "login-error");
            screenshot(page, "login-error.png");
        }
    }

    @Test
    void clinicianOpensCaseloadAndDownloadsSessionPrepPdf() throws IOException {
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setAcceptDownloads(true))) {
            Page page = context.newPage();
            page.navigate(url("login"));
            assertAccessible(page, "login");
            screenshot(page, "login.png");
            signIn(page, TestUsers.ELENA, "holdfast-demo");

            page.waitForURL("**/caseload");
            assertThat(page.getByText("Alex Rowan")).isVisible();
            assertThat(page.getByText("Ruth Ellery")).hasCount(0);
            assertAccessible(page, "caseload");
            screenshot(page, "caseload.png");

            Download download = page.waitForDownload(
                    () -> page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Session prep PDF for Alex Rowan"))
                            .click());
            Path pdf = SCREENSHOTS.resolve("session-prep.pdf");
            download.saveAs(pdf);
            assertThat(download.suggestedFilename()).startsWith("session-prep-alex-rowan");
            try (PDDocument document = Loader.loadPDF(Files.readAllBytes(pdf))) {
                assertThat(new PDFTextStripper().getText(document)).contains("Alex Rowan", "Dr Elena Marsh");
            }

            page.getByText("Alex Rowan").click();
            page.waitForURL("**/clients/*");
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Alex Rowan"))).isVisible();
            assertAccessible(page, "client-record");
            screenshot(page, "client-record.png");
        }
    }

    @Test
    void clientSavesTodaysCheckIn() throws IOException {
        long priya = users.clientId(TestUsers.PRIYA);
        jdbc.update("delete from check_in where client_id = ? and entry_date = ?", priya, LocalDate.now());
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(390, 844))) {
            Page page = context.newPage();
            signIn(page, TestUsers.PRIYA, "holdfast-demo");
            page.waitForURL("**/today");

            page.getByLabel("Mood today").fill("6");
            page.getByLabel("Urge to make contact").fill("3");
            page.getByLabel("Anything you want to note").fill("Went to the climbing wall with Sana");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save check-in")).dblclick();

            assertThat(page.getByText("Saved at")).isVisible();
            assertAccessible(page, "today");
            screenshot(page, "today.png");
        }
        List<String> notes = jdbc.queryForList("select note from check_in where client_id = ? and entry_date = ?",
                String.class, priya, LocalDate.now());
        assertThat(notes.stream().map(keys::plainText)).containsExactly("Went to the climbing wall with Sana");
    }

}
