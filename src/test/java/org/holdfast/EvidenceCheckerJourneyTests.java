package org.holdfast;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/**
 * The evidence pack as a lawyer would check it: downloaded by the client with the checker page, then opened in a
 * browser with no network at all, first the page handed out by the practice, then the copy inside the pack.
 */
class EvidenceCheckerJourneyTests extends BrowserJourney {

    @Autowired
    TestUsers users;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aDownloadedPackChecksOutOfflineAndOneFlippedByteNamesItsRecord() throws IOException {
        Files.createDirectories(SCREENSHOTS);
        Path pack = SCREENSHOTS.resolve("evidence-pack.pdf");
        Path checker = SCREENSHOTS.resolve("evidence-checker.html");
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setAcceptDownloads(true)
                .setViewportSize(390, 844))) {
            Page page = context.newPage();
            signIn(page, TestUsers.RUTH, "holdfast-demo");
            page.waitForURL("**/today");
            page.navigate(url("my-journal/record"));
            Download pdf = page.waitForDownload(() -> page.getByRole(AriaRole.BUTTON,
                    new Page.GetByRoleOptions().setName("Contact-attempt record PDF").setExact(true)).click());
            pdf.saveAs(pack);
            Download html = page.waitForDownload(() -> page.getByRole(AriaRole.LINK,
                    new Page.GetByRoleOptions().setName("Download the checker page (an HTML file that works offline)")).click());
            html.saveAs(checker);
            assertThat(html.suggestedFilename()).isEqualTo("holdfast-evidence-checker.html");
            screenshot(page, "evidence-1-download-390.png");
        }
        int records = jdbc.queryForObject("select count(*) from contact_attempt where client_id = ?", Integer.class,
                users.clientId(TestUsers.RUTH));
        Map<String, byte[]> attachments = org.holdfast.reports.PackFiles.attachments(Files.readAllBytes(pack));
        Path embedded = Files.write(SCREENSHOTS.resolve("evidence-checker-from-pack.html"), attachments.get("verify.html"));
        byte[] flipped = Files.readAllBytes(pack);
        int at = org.holdfast.reports.PackFiles.indexOf(flipped, attachments.get("record-0002.json"));
        flipped[at + attachments.get("record-0002.json").length / 2] ^= 0x01;
        Path changed = Files.write(SCREENSHOTS.resolve("evidence-pack-flipped.pdf"), flipped);

        try (BrowserContext offline = browser.newContext(new Browser.NewContextOptions().setViewportSize(1400, 900))) {
            offline.setOffline(true);
            Page page = offline.newPage();
            page.navigate(checker.toAbsolutePath().toUri().toString());
            page.getByLabel("Choose the evidence pack (a PDF file)").setInputFiles(pack);
            assertThat(page.locator("#result")).containsText("Intact");
            assertThat(page.locator("#result")).containsText("All " + records + " records");
            assertThat(page.locator("#records tr")).hasCount(records);
            assertAccessible(page, "evidence-checker");
            screenshot(page, "evidence-2-checker-intact-1400.png");

            page.getByLabel("Choose the evidence pack (a PDF file)").setInputFiles(changed);
            assertThat(page.locator("#result")).containsText("Not intact");
            assertThat(page.locator("#result")).containsText("Record 2 (record-0002.json)");
            screenshot(page, "evidence-3-checker-flipped-1400.png");

            // The copy carried inside the pack does the same, also at phone width
            page.setViewportSize(390, 844);
            page.navigate(embedded.toAbsolutePath().toUri().toString());
            page.getByLabel("Choose the evidence pack (a PDF file)").setInputFiles(pack);
            assertThat(page.locator("#result")).containsText("Intact");
            screenshot(page, "evidence-4-checker-intact-390.png");
        }
    }
}
