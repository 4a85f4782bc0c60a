package org.holdfast.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.holdfast.TestUsers.ALEX;
import static org.holdfast.TestUsers.ELENA;
import static org.holdfast.TestUsers.MANAGER;
import static org.holdfast.TestUsers.PRIYA;
import static org.holdfast.TestUsers.RUTH;
import static org.holdfast.TestUsers.SAM;
import static org.holdfast.TestUsers.ZOE;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

import org.holdfast.DatabaseTest;
import org.holdfast.TestUsers;
import org.holdfast.audit.AuditLog;
import org.holdfast.audit.ContentAccess;
import org.holdfast.journal.ContactAttemptForm;
import org.holdfast.journal.JournalService;
import org.holdfast.plans.Channel;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

@DatabaseTest
class ContactEvidenceReportTests {

    @Autowired
    ContactEvidenceReport report;

    @Autowired
    JournalService journal;

    @Autowired
    AuditLog audit;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    org.holdfast.encryption.ClientKeys keys;

    @Autowired
    Clock clock;

    @Test
    void timesAreInTheClientsOwnZoneNamedAndTheRecordSaysHowToCheckIt() throws java.io.IOException {
        long ruth = users.clientId(RUTH);
        String practiceZone = clock.getZone().getId();
        String ownZone = "Pacific/Auckland".equals(practiceZone) ? "America/New_York" : "Pacific/Auckland";
        jdbc.update("update client set time_zone = ? where id = ?", ownZone, ruth);
        try {
            byte[] pdf = users.as(RUTH, () -> report.render(ruth)).content();
            java.nio.file.Files.write(java.nio.file.Path.of("target", "evidence-own-zone.pdf"), pdf); // to look at
            String flat = Pdfs.text(pdf).replaceAll("\\s+", " ");
            java.time.Instant first = jdbc.queryForObject("select occurred_at from contact_attempt where client_id = ? and seq = 1",
                    java.sql.Timestamp.class, ruth).toInstant();
            assertThat(flat).contains("Times are in " + ownZone + " (",
                    "the time zone of the person who kept the record",
                    org.holdfast.shared.Dates.dateTime(first, java.time.ZoneId.of(ownZone)),
                    "How to check this record", "shasum -a 256", "record numbered one lower");
        } finally {
            jdbc.update("update client set time_zone = null where id = ?", ruth);
        }
    }

    @Test
    void theClientsRecordHasEveryAttemptTheCorrectionBesideItsOriginalAndEveryHash() {
        long ruth = users.clientId(RUTH);
        String text = Pdfs.text(users.as(RUTH, () -> report.render(ruth)).content());
        String flat = text.replaceAll("\\s+", " ");

        assertThat(flat).contains("Contact attempts: record kept by the client", "Ruth Ellery",
                "This is a record kept by Ruth Ellery in Holdfast", "Chain check: intact",
                "Times are in " + clock.getZone().getId() + " (", "Attempts over time", "Sender as shown", "Content, verbatim",
                "Correction of record 1. Reason given: Checked my phone: it was 20:40, not 21:10",
                "Corrected later by record", "Page 1 of");
        // The correction prints right after the record it corrects, not at the end of the log
        assertThat(flat.indexOf("Corrected later by record")).isLessThan(flat.indexOf("Correction of record 1"));
        List<String> hashes = jdbc.queryForList("select hash from contact_attempt where client_id = ? order by seq", String.class, ruth);
        assertThat(hashes).isNotEmpty();
        hashes.forEach(hash -> assertThat(text).contains(hash));
        // The manifest names each record by number and the time it was written
        assertThat(text).containsPattern("\\n1 \\d{1,2} \\w{3} \\d{4}, \\d{2}:\\d{2} \\(first record\\)");
        List<String> contents = jdbc.queryForList("select content from contact_attempt where client_id = ?", String.class, ruth)
                .stream().map(keys::plainText).toList();
        contents.forEach(content -> assertThat(flat).contains(content.replaceAll("\\s+", " ")));
        assertThat(text).doesNotContainIgnoringCase("admissible").doesNotContainIgnoringCase("proof")
                .doesNotContainIgnoringCase("certified");
    }

    @Test
    void theAuditRowCarriesTheSha256OfThePdfWhoeverDownloadsIt() {
        long ruth = users.clientId(RUTH);
        for (String who : new String[] { RUTH, SAM }) {
            ReportFile file = users.as(who, () -> report.render(ruth));
            String detail = jdbc.queryForObject("select detail from audit_event where client_id = ? and action = ?"
                    + " order by id desc limit 1", String.class, ruth, ContactEvidenceReport.AUDIT_ACTION.code());
            String actor = jdbc.queryForObject("select actor from audit_event where client_id = ? and action = ?"
                    + " order by id desc limit 1", String.class, ruth, ContactEvidenceReport.AUDIT_ACTION.code());
            assertThat(detail).as(who).isEqualTo("SHA-256 " + ReportFile.sha256(file.content()));
            assertThat(actor).isEqualTo(who);
        }
    }

    @Test
    void theClientsOwnDownloadsStayOutOfWhoLookedAtMine() {
        long ruth = users.clientId(RUTH);
        users.as(RUTH, () -> report.render(ruth));
        List<ContentAccess> seen = users.as(RUTH, () -> audit.whoLookedAtMine(PageRequest.of(0, 200)).getContent());
        assertThat(seen).extracting(ContentAccess::who).doesNotContain("Ruth Ellery");
        users.as(SAM, () -> report.render(ruth));
        List<ContentAccess> after = users.as(RUTH, () -> audit.whoLookedAtMine(PageRequest.of(0, 1)).getContent());
        assertThat(after.getFirst().what()).isEqualTo("made a PDF record of your contact-attempt log");
    }

    @Test
    void theClientsCopyHasANeutralFileNameAndTheCliniciansNamesTheClient() {
        long ruth = users.clientId(RUTH);
        LocalDate today = LocalDate.now(clock);

        assertThat(users.as(RUTH, () -> report.render(ruth)).fileName()).isEqualTo("holdfast-record-" + today + ".pdf");
        assertThat(users.as(SAM, () -> report.render(ruth)).fileName())
                .isEqualTo("contact-attempts-ruth-ellery-" + today + ".pdf");
    }

    @Test
    void aClinicianIsRefusedWhenTheClientDoesNotShareTheLogAndNothingIsRead() {
        long priya = users.clientId(PRIYA);
        String reads = "select count(*) from audit_event where client_id = ? and action in (?, ?)";
        Integer before = jdbc.queryForObject(reads, Integer.class, priya, ContactEvidenceReport.AUDIT_ACTION.code(),
                "CONTACT_LOG");

        assertThatThrownBy(() -> users.as(ELENA, () -> report.render(priya))).isInstanceOf(AccessDeniedException.class)
                .hasMessageContaining("does not share the contact-attempt log");
        assertThat(jdbc.queryForObject(reads, Integer.class, priya, ContactEvidenceReport.AUDIT_ACTION.code(),
                "CONTACT_LOG")).isEqualTo(before);
        // Priya's own copy is hers to print; with no attempts logged it says there is nothing to check yet.
        String own = Pdfs.text(users.as(PRIYA, () -> report.render(priya)).content()).replaceAll("\\s+", " ");
        assertThat(own).contains("Chain check: nothing to check yet, the log has no records")
                .doesNotContain("All 0 records");
    }

    @Test
    void theWeeklyChartLabelsBarsWithTheDayOnly() {
        assertThat(AttemptFrequencyChart.shortWeek("Week of 12 Oct 2026")).isEqualTo("12 Oct");
        assertThat(AttemptFrequencyChart.shortWeek("Oct 2026")).isEqualTo("Oct 2026");
    }

    @Test
    void anotherClinicianAnotherClientAndThePracticeManagerAreRefused() {
        long ruth = users.clientId(RUTH);
        assertThatThrownBy(() -> users.as(ELENA, () -> report.render(ruth))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.as(ALEX, () -> report.render(ruth))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.as(MANAGER, () -> report.render(ruth))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void sendersAndWordsInAnyScriptPrintAsWritten() {
        ContactAttemptForm form = new ContactAttemptForm();
        form.setSubmissionId(UUID.randomUUID().toString());
        form.setDate(LocalDate.now(clock));
        form.setTime(LocalTime.now(clock).withNano(0).minusMinutes(5));
        form.setChannel(Channel.SOCIAL_MEDIA);
        form.setSender("Zoë Ōkafor-Nguyễn");
        form.setContent("Ангелина передала: позвони мне");
        form.setViaThirdParty(true);
        form.setSafety(4);
        users.as(ALEX, () -> journal.recordContactAttempt(form));
        long alex = users.clientId(ALEX);

        String text = Pdfs.text(users.as(ALEX, () -> report.render(alex)).content());

        assertThat(text).contains("Zoë Ōkafor-Nguyễn", "Ангелина передала: позвони мне", "Alex Rowan");
    }

    @Test
    void everyPageAfterTheFirstSaysWhoseRecordItIs() {
        long ruth = users.clientId(RUTH);
        byte[] pdf = users.as(SAM, () -> report.render(ruth)).content();

        assertThat(Pdfs.pages(pdf)).as("the demo log runs over pages").isGreaterThan(1);
        for (int page = 2; page <= Pdfs.pages(pdf); page++) {
            assertThat(Pdfs.pageText(pdf, page)).as("page " + page).contains("Contact attempts: record kept by Ruth Ellery");
        }
    }

    @Test
    void aCorrectionOfACorrectionPrintsUnderItsOriginalAndEveryRecordOfTheLogIsInTheTable() {
        ContactAttemptForm first = attemptAt(LocalTime.NOON, "Left a note on the car: meet me");
        long original = users.as(ZOE, () -> journal.recordContactAttempt(first)).id();
        ContactAttemptForm second = attemptAt(first.getTime(), "Left a note on the windscreen: meet me tonight");
        long correction = users.as(ZOE, () -> journal.correctContactAttempt(original, second, "It was the windscreen")).id();
        ContactAttemptForm third = attemptAt(first.getTime(), "Left a note on the windscreen: meet me tonight at 8");
        users.as(ZOE, () -> journal.correctContactAttempt(correction, third, "I forgot the time it named"));
        long zoe = users.clientId(ZOE);

        String flat = Pdfs.text(users.as(ZOE, () -> report.render(zoe)).content()).replaceAll("\\s+", " ");

        assertThat(flat).contains("Left a note on the windscreen: meet me tonight at 8", "Reason given: I forgot the time it named");
        // Original, its correction, then the correction of that correction, one after the other
        int o = flat.indexOf("Left a note on the car: meet me");
        int c = flat.indexOf("Left a note on the windscreen: meet me tonight", o);
        int cc = flat.indexOf("Left a note on the windscreen: meet me tonight at 8", c + 1);
        assertThat(o).isNotNegative().isLessThan(c);
        assertThat(c).isLessThan(cc);
        // Every record row says whether the client responded, once: as many rows as records in the log
        int logSize = jdbc.queryForObject("select count(*) from contact_attempt where client_id = ?", Integer.class, zoe);
        int rows = count(flat, "No response") + count(flat, "The client responded");
        assertThat(rows).isEqualTo(logSize);
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            n++;
        }
        return n;
    }

    private ContactAttemptForm attemptAt(LocalTime time, String content) {
        ContactAttemptForm form = new ContactAttemptForm();
        form.setSubmissionId(UUID.randomUUID().toString());
        form.setDate(LocalDate.now(clock).minusDays(1));
        form.setTime(time);
        form.setChannel(Channel.IN_PERSON);
        form.setSender("J.");
        form.setContent(content);
        form.setSafety(5);
        return form;
    }
}
