package org.holdfast.caseload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.holdfast.TestUsers.ALEX;
import static org.holdfast.TestUsers.ELENA;
import static org.holdfast.TestUsers.MANAGER;
import static org.holdfast.TestUsers.RUTH;

import java.io.IOException;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.holdfast.DatabaseTest;
import org.holdfast.TestUsers;
import org.holdfast.reports.ReportFile;
import org.holdfast.security.AuditAction;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

@DatabaseTest
class CaseloadSummaryReportTests {

    @Autowired
    CaseloadSummaryReport report;

    @Autowired
    CaseloadService caseload;

    @Autowired
    org.holdfast.measures.MeasureService measures;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void oneLinePerOwnClientWithTheCaseloadColumnsAndNoOneElses() throws IOException {
        ReportFile file = users.as(ELENA, () -> report.render(CaseloadFilter.ALL_ACTIVE));
        // Narrow columns wrap their headers and names: compare with the line breaks as spaces.
        String text = text(file.content()).replaceAll("\\s+", " ");

        assertThat(text).contains("Caseload summary", "Dr Elena Marsh", "Slip-free", "Checked in", "Slips 14d",
                "Homework", "Review", "Next session", "Risk flags", "Page 1 of");
        users.as(ELENA, () -> caseload.all(CaseloadFilter.ALL_ACTIVE, AuditAction.Read.CASELOAD_FIGURES)).forEach(row -> assertThat(text)
                .contains(row.clientName()));
        int clients = users.as(ELENA, () -> caseload.count(CaseloadFilter.ALL_ACTIVE));
        assertThat(text).contains(clients + " clients");
        assertThat(text).contains("Zoë Marchetti", "Tomás Herrera", "Jonas Åberg", "Mina Kovač")
                .doesNotContain("Ruth Ellery", "Marek Zieliński", "Élodie Laurent");
        // Each flag prints with its reason, as the caseload screen shows it on hover.
        users.as(ELENA, () -> caseload.all(CaseloadFilter.ALL_ACTIVE, AuditAction.Read.CASELOAD_FIGURES)).stream()
                .flatMap(row -> row.flags().stream()).forEach(flag -> assertThat(text).contains(flag.label() + ":"));
        assertThat(text.replaceAll("\\s+", " ")).contains("Not feeling safe: Said they don't feel safe");
    }

    @Test
    void aClientWhoSharesNothingShowsNotSharedInsteadOfFigures() throws IOException {
        String text = text(users.as(ELENA, () -> report.render(new CaseloadFilter("Mina", false))).content());
        assertThat(text).contains("Mina Kovač", "not shared").contains("1 client");
    }

    @Test
    @org.springframework.transaction.annotation.Transactional
    void theLatestScoresPrintAsTheCaseloadShowsThem() throws IOException {
        long alex = users.clientId(ALEX);
        java.time.LocalDate today = java.time.LocalDate.now();
        long id = users.as(ELENA, () -> measures.assign(alex, org.holdfast.measures.MeasureAssignmentForm.of(
                org.holdfast.measures.Instrument.WHO5, org.holdfast.measures.MeasureRecurrence.ONCE, today, null)));
        users.as(ALEX, () -> {
            org.holdfast.measures.MeasureForm form = measures.open(id, today);
            form.answers().replaceAll(a -> 1);
            return measures.submit(form);
        });
        String text = text(users.as(ELENA, () -> report.render(new CaseloadFilter("Alex", false))).content())
                .replaceAll("\\s+", " ");
        CaseloadRow row = users.as(ELENA, () -> caseload.all(new CaseloadFilter("Alex", false), AuditAction.Read.CASELOAD_FIGURES))
                .getFirst();
        assertThat(row.measures()).isNotEmpty();
        assertThat(text).contains("Scores", "WHO-5 20");
        row.measures().forEach(m -> assertThat(text).contains(m.shortText()));
    }

    @Test
    void everyClientOnThePrintedCaseloadIsNamedByItsAuditRow() {
        long alex = users.clientId(ALEX);
        long ruth = users.clientId(RUTH);
        // One row per print, naming each client on it
        String count = "select count(*) from audit_event e join audit_event_client c on c.event_id = e.id"
                + " where c.client_id = ? and e.action = 'CASELOAD_SUMMARY_PDF'";
        Integer alexBefore = jdbc.queryForObject(count, Integer.class, alex);
        Integer ruthBefore = jdbc.queryForObject(count, Integer.class, ruth);
        users.as(ELENA, () -> report.render(CaseloadFilter.ALL_ACTIVE));
        assertThat(jdbc.queryForObject(count, Integer.class, alex)).isEqualTo(alexBefore + 1);
        assertThat(jdbc.queryForObject(count, Integer.class, ruth)).isEqualTo(ruthBefore);
    }

    @Test
    void clientsAndThePracticeManagerHaveNoCaseloadToPrint() {
        assertThatThrownBy(() -> users.as(ALEX, () -> report.render(CaseloadFilter.ALL_ACTIVE)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.as(MANAGER, () -> report.render(CaseloadFilter.ALL_ACTIVE)))
                .isInstanceOf(AccessDeniedException.class);
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
