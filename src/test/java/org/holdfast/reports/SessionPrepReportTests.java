package org.holdfast.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.holdfast.TestUsers.ALEX;
import static org.holdfast.TestUsers.ELENA;
import static org.holdfast.TestUsers.RUTH;
import static org.holdfast.TestUsers.SAM;
import static org.holdfast.TestUsers.ZOE;

import java.io.IOException;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.holdfast.DatabaseTest;
import org.holdfast.TestUsers;
import org.holdfast.journal.CheckInForm;
import org.holdfast.journal.JournalService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

@DatabaseTest
class SessionPrepReportTests {

    @Autowired
    SessionPrepReport report;

    @Autowired
    JournalService journal;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void pdfHoldsClientClinicianPlanAndTodaysCheckIn() throws IOException {
        CheckInForm form = new CheckInForm();
        form.setMood(7);
        form.setUrge(2);
        form.setNote("Walked along the canal instead of texting");
        users.as(ALEX, () -> journal.saveTodaysCheckIn(form));
        long alex = users.clientId(ALEX);

        ReportFile file = users.as(ELENA, () -> report.render(alex));

        assertThat(file.fileName()).startsWith("session-prep-alex-rowan-").endsWith(".pdf");
        String text = text(file.content());
        assertThat(text).contains("Session preparation", "Alex Rowan", "Clinician: Dr Elena Marsh", "J. (ex-partner)",
                "Heal and move on", "Walked along the canal instead of texting",
                "Confidential", "Page 1 of");
        assertThat(text).containsPattern("Day \\d+ (of 60|\\(past 60\\))");
    }

    @Test
    void namesWithAccentsPrintAsTheyAre() throws IOException {
        long zoe = users.clientId(ZOE);
        String text = text(users.as(ELENA, () -> report.render(zoe)).content());
        assertThat(text).contains("Zoë Marchetti");
    }

    @Test
    void anotherClinicianCannotRenderIt() {
        long ruth = users.clientId(RUTH);
        assertThatThrownBy(() -> users.as(ELENA, () -> report.render(ruth))).isInstanceOf(AccessDeniedException.class);
        assertThat(users.as(SAM, () -> report.render(ruth)).content()).isNotEmpty();
    }

    @Test
    void clientsDoNotRenderTheClinicianReport() {
        long alex = users.clientId(ALEX);
        assertThatThrownBy(() -> users.as(ALEX, () -> report.render(alex))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void everyDownloadIsAudited() {
        long alex = users.clientId(ALEX);
        String count = "select count(*) from audit_event where client_id = ? and action = 'Session prep PDF'";
        Integer before = jdbc.queryForObject(count, Integer.class, alex);
        users.as(ELENA, () -> report.render(alex));
        assertThat(jdbc.queryForObject(count, Integer.class, alex)).isEqualTo(before + 1);
    }

    static String text(byte[] pdf) throws IOException {
        assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
