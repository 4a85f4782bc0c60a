package org.holdfast.reports.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.holdfast.TestUsers.RUTH;
import static org.holdfast.TestUsers.SAM;

import org.holdfast.DatabaseTest;
import org.holdfast.TestUsers;
import org.holdfast.consent.ConsentService;
import org.holdfast.consent.ConsentState;
import org.holdfast.reports.ContactEvidenceReport;
import org.holdfast.reports.ReportFile;
import org.holdfast.reports.ReportQueue;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.server.streams.DownloadResponse;

/**
 * "Save the PDF again" is a new copy leaving the portal: it is checked and audited like the first. Not in
 * a test transaction: the render runs on the report queue's own thread, which must see the consent change.
 * Browserless for the UI the button's components need; the button itself stays detached, so its status
 * changes at once rather than on the next round trip.
 */
@DatabaseTest
class ReportButtonTests extends SpringBrowserlessTest {

    static final String COPIES = "select count(*) from audit_event where client_id = ? and actor = ? and detail like 'SHA-256 %'";

    @Autowired
    ContactEvidenceReport report;

    @Autowired
    ReportQueue queue;

    @Autowired
    ConsentService consent;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void savingAgainRendersAgainWithItsOwnAuditRowAndIsRefusedOnceTheClientStopsSharing() {
        long ruth = users.clientId(RUTH);
        ReportButton button = new ReportButton("Contact-attempt record PDF", queue, () -> report.render(ruth))
                .showFingerprint();
        ReportFile first = users.as(SAM, () -> report.render(ruth));
        button.finish(first, null);
        int afterFirst = copies(ruth);

        DownloadResponse started = users.as(SAM, button::download);
        assertThat(started.hasError()).isFalse();
        assertThat(copies(ruth)).as("the download started with the render is that render's copy").isEqualTo(afterFirst);

        DownloadResponse again = users.as(SAM, button::download);
        assertThat(again.hasError()).isFalse();
        assertThat(copies(ruth)).as("saving again is audited as a copy of its own").isEqualTo(afterFirst + 1);

        ConsentState before = users.as(RUTH, consent::mine);
        try {
            users.as(RUTH, () -> consent.change(before.level(), false));

            DownloadResponse revoked = users.as(SAM, button::download);

            assertThat(revoked.hasError()).isTrue();
            assertThat(revoked.getError()).isEqualTo(403);
            assertThat(copies(ruth)).as("no copy left after the client stopped sharing").isEqualTo(afterFirst + 1);
            assertThat(button.status.getElement().getTextRecursively()).contains("This report is not available to you")
                    .doesNotContain("Save the PDF again");
        } finally {
            users.as(RUTH, () -> consent.change(before.level(), before.shareContactLog()));
        }
    }

    @Test
    void aZipIsCalledAZipAndDownloadsAsOne() {
        ReportFile zip = new ReportFile("my-data-2026-12-06.zip", new byte[] { 'P', 'K', 3, 4 });
        ReportButton button = new ReportButton("Download my data (ZIP)", queue, () -> zip).zip().showFingerprint();
        button.finish(zip, null);

        assertThat(button.status.getElement().getTextRecursively()).contains("Your ZIP file is ready: my-data-2026-12-06.zip",
                "Save the ZIP file again", "Fingerprint of this ZIP file (SHA-256): " + zip.sha256()).doesNotContain("PDF");
        DownloadResponse download = button.download();
        assertThat(download.getContentType()).isEqualTo(ReportFile.ZIP);
        assertThat(download.getFileName()).isEqualTo("my-data-2026-12-06.zip");
    }

    private int copies(long clientId) {
        return jdbc.queryForObject(COPIES, Integer.class, clientId, SAM);
    }
}
