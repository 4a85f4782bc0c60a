package org.holdfast;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/**
 * Each report downloads from the screen where its reader looks for it: the clinician's caseload and
 * client overview, the client's "My plan" and "My journal" on a phone, and the contact-attempt record
 * for a clinician only while the client shares that log. Every download is read back as a PDF.
 */
class ReportsJourneyTests extends BrowserJourney {

    static final String TOMAS = "Tomás Herrera";

    @Autowired
    TestUsers users;

    @Test
    void theClinicianDownloadsTheCaseloadSummaryAndSessionPrepFromTheCaseloadAndTheOverview() throws IOException {
        long alex = users.clientId(TestUsers.ALEX);
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1400, 900))) {
            Page page = context.newPage();
            signIn(page, TestUsers.ELENA, "holdfast-demo");
            page.waitForURL("**/caseload");

            String caseload = pdfText(page.waitForDownload(() -> button(page, "Caseload PDF").click()));
            assertThat(caseload).contains(TOMAS, "Zoë Marchetti", "Alex Rowan").doesNotContain("Ruth Ellery");

            // The icon beside the name in the caseload row
            Download zoe = page.waitForDownload(() -> page.getByLabel("Session prep PDF for Zoë Marchetti").click());
            assertThat(zoe.suggestedFilename()).endsWith(".pdf");
            assertThat(pdfText(zoe)).contains("Zoë Marchetti").doesNotContain("Alex Rowan");
            // One download serves every row, told which client by the address: another clinician's client is
            // refused by the report service, whatever number is put there.
            String link = page.getByLabel("Session prep PDF for Zoë Marchetti").getAttribute("href");
            assertThat(link).contains("?client=" + users.clientId(TestUsers.ZOE));
            String ruth = url(link.replaceAll("client=\\d+", "client=" + users.clientId(TestUsers.RUTH)));
            assertThat(page.request().get(ruth).status()).isEqualTo(403);
            assertThat(page.request().get(url(link.replaceAll("client=\\d+", "client=nobody"))).status()).isEqualTo(400);

            // The button on the client's overview, which says what it is doing while it renders
            page.navigate(url("clients/" + alex));
            Locator prep = button(page, "Session prep PDF");
            watchForProgress(page);
            String prepText = pdfText(page.waitForDownload(prep::click));
            assertThat(prepText).contains("Alex Rowan").doesNotContain("Zoë Marchetti");
            assertThat(sawProgress(page)).as("\"Preparing the PDF…\" was shown while it rendered").isTrue();
            assertThat(page.locator(".report-save")).hasText(Pattern.compile("^Save the PDF again \\(\\d+ KB\\)$"));
            assertThat(prep).isEnabled();
            screenshot(page, "reports-1-overview.png");
        }
    }

    @Test
    void aClientOnAPhonePrintsTheirPlanAndTheirContactAttemptRecordWithItsFingerprint() throws Exception {
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(390, 844))) {
            Page page = context.newPage();
            signIn(page, TestUsers.ALEX, "holdfast-demo");
            page.waitForURL("**/today");

            page.navigate(url("my-plan"));
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Print or save my plan as a PDF")).click();
            page.waitForURL("**/my-plan/pdf");
            watchForProgress(page);
            Download plan = page.waitForDownload(() -> button(page, "PDF of my plan: no contact with J.").click());
            assertThat(sawProgress(page)).isTrue();
            assertThat(pdfText(plan)).contains("J.").doesNotContain("Zoë");
            assertThat(page.getByText("Your PDF is ready: " + plan.suggestedFilename())).isVisible();

            page.navigate(url("my-journal"));
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("My contact-attempt record as a PDF")).click();
            page.waitForURL("**/my-journal/record");
            watchForProgress(page);
            Download record = page.waitForDownload(() -> button(page, "Contact-attempt record PDF").click());
            assertThat(sawProgress(page)).isTrue();
            byte[] bytes = Files.readAllBytes(record.path());
            assertThat(text(bytes)).contains("Alex Rowan");
            assertThat(page.getByText("Fingerprint of this PDF (SHA-256):")).isVisible();
            assertThat(page.locator(".report-hash")).hasText(sha256(bytes));
            screenshot(page, "reports-2-client-record.png");
        }
    }

    @Test
    void theClinicianIsOfferedTheContactRecordOnlyForAClientWhoSharesTheLog() throws IOException {
        long alex = users.clientId(TestUsers.ALEX); // shares the contact-attempt log
        long priya = users.clientId(TestUsers.PRIYA); // shares numbers only; the log stays private
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1400, 900))) {
            Page page = context.newPage();
            signIn(page, TestUsers.ELENA, "holdfast-demo");
            page.waitForURL("**/caseload");
            Page.GetByRoleOptions recordLink = new Page.GetByRoleOptions().setName("Contact-attempt record as a PDF");

            page.navigate(url("clients/" + priya + "/journal"));
            // The journal itself is there (numbers), so the missing link is not a page still loading
            assertThat(page.locator(".client-journal-view .journal-counts")).isVisible();
            assertThat(page.locator(".client-journal-view .current-consent")).containsText("contact-attempt log: private");
            assertThat(page.getByRole(AriaRole.LINK, recordLink)).hasCount(0);

            page.navigate(url("clients/" + priya + "/contact-record"));
            assertThat(page.getByText("Priya Lindqvist does not share the contact-attempt log, so its record is"
                    + " theirs alone to print.")).isVisible();
            assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Contact-attempt record PDF")))
                    .hasCount(0);
            screenshot(page, "reports-3-not-shared.png");

            page.navigate(url("clients/" + alex + "/journal"));
            page.getByRole(AriaRole.LINK, recordLink).click();
            page.waitForURL("**/clients/" + alex + "/contact-record");
            Download record = page.waitForDownload(() -> button(page, "Contact-attempt record PDF").click());
            assertThat(pdfText(record)).contains("Alex Rowan");
            assertThat(page.locator(".report-hash")).hasText(Pattern.compile("^[0-9a-f]{64}$"));
        }
    }

    private static Locator button(Page page, String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    /**
     * The progress state may last only a few milliseconds, too short to poll for; a mutation observer
     * set up before the click remembers whether it was ever on the page.
     */
    private static void watchForProgress(Page page) {
        page.evaluate("""
                () => {
                  window.sawProgress = false;
                  new MutationObserver(() => {
                    if (document.body.innerText.includes('Preparing the PDF…')) window.sawProgress = true;
                  }).observe(document.body, { childList: true, subtree: true, characterData: true });
                }""");
    }

    private static boolean sawProgress(Page page) {
        return (Boolean) page.evaluate("() => window.sawProgress");
    }

    private static String pdfText(Download download) throws IOException {
        return text(Files.readAllBytes(download.path()));
    }

    private static String text(byte[] pdf) throws IOException {
        assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    private static String sha256(byte[] bytes) throws NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
