package org.holdfast.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.holdfast.TestUsers.ALEX;
import static org.holdfast.TestUsers.ELENA;
import static org.holdfast.TestUsers.MANAGER;
import static org.holdfast.TestUsers.PRIYA;
import static org.holdfast.TestUsers.RUTH;
import static org.holdfast.TestUsers.SAM;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.holdfast.DatabaseTest;
import org.holdfast.TestUsers;
import org.holdfast.clients.ClientService;
import org.holdfast.clients.NewClientForm;
import org.holdfast.clients.SessionService;
import org.holdfast.consent.ConsentService;
import org.holdfast.consent.ConsentState;
import org.holdfast.consent.SharingLevel;
import org.holdfast.export.ClientExport.Kind;
import org.holdfast.measures.Instrument;
import org.holdfast.journal.CheckInEntry;
import org.holdfast.journal.ContactLogRecord;
import org.holdfast.journal.EntryType;
import org.holdfast.journal.JournalItem;
import org.holdfast.plans.Channel;
import org.holdfast.plans.PlanDetails;
import org.holdfast.plans.PlanService;
import org.holdfast.reports.ReportFile;
import org.holdfast.security.StepUpRequiredException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@DatabaseTest
class ClientExportTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    ClientExport export;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    org.holdfast.encryption.ClientKeys keys;

    @Autowired
    PlanService plans;

    @Autowired
    ConsentService consent;

    @Autowired
    SessionService sessions;

    @Autowired
    ClientService clients;

    @Autowired
    UserDetailsService userDetails;

    @Test
    void theClientsOwnExportRoundTripsEveryRecordTheyHave() {
        long ruth = users.clientId(RUTH);
        Map<String, byte[]> zip = unzip(users.as(RUTH, () -> export.export(ruth)));

        JsonNode checkIns = json(zip, Kind.CHECK_INS);
        List<Map<String, Object>> stored = jdbc.queryForList(
                "select entry_date, mood, urge, slipped, note from check_in where client_id = ? order by entry_date", ruth);
        assertThat(stored).isNotEmpty();
        assertThat(checkIns.get("records")).hasSize(stored.size());
        for (int i = 0; i < stored.size(); i++) {
            JsonNode record = checkIns.get("records").get(i);
            Map<String, Object> row = stored.get(i);
            assertThat(record.get("date").asString()).isEqualTo(((java.sql.Date) row.get("entry_date")).toLocalDate().toString());
            assertThat(record.get("mood").asInt()).isEqualTo(((Number) row.get("mood")).intValue());
            assertThat(record.get("urge").asInt()).isEqualTo(((Number) row.get("urge")).intValue());
            assertThat(record.get("madeContact").asBoolean()).isEqualTo(row.get("slipped"));
            assertThat(text(record.get("note"))).isEqualTo(keys.plainText((String) row.get("note")));
        }

        Map<Long, String> entries = new LinkedHashMap<>();
        jdbc.query("select id, kind, strength, occurred_at from journal_entry where client_id = ?", rs -> {
            entries.put(rs.getLong("id"), rs.getString("kind") + " " + rs.getObject("strength") + " "
                    + rs.getTimestamp("occurred_at").toInstant());
        }, ruth);
        Map<Long, String> exported = new LinkedHashMap<>();
        json(zip, Kind.JOURNAL_ENTRIES).get("records").forEach(r -> exported.put(r.get("id").asLong(), r.get("type").asString()
                + " " + (r.get("strength").isNull() ? null : r.get("strength").asInt()) + " " + Instant.parse(r.get("occurredAt").asString())));
        assertThat(exported).isEqualTo(entries);

        List<Map<String, Object>> attempts = jdbc.queryForList(
                "select seq, hash, prev_hash, content, channel from contact_attempt where client_id = ? order by seq", ruth);
        JsonNode exportedAttempts = json(zip, Kind.CONTACT_ATTEMPTS).get("records");
        assertThat(attempts).isNotEmpty();
        assertThat(exportedAttempts).hasSize(attempts.size());
        for (int i = 0; i < attempts.size(); i++) {
            JsonNode record = exportedAttempts.get(i);
            assertThat(record.get("seq").asInt()).isEqualTo(((Number) attempts.get(i).get("seq")).intValue());
            assertThat(record.get("hash").asString()).isEqualTo(attempts.get(i).get("hash"));
            assertThat(text(record.get("prevHash"))).isEqualTo(attempts.get(i).get("prev_hash"));
            assertThat(text(record.get("content"))).isEqualTo(keys.plainText((String) attempts.get(i).get("content")));
            assertThat(record.get("channel").asString()).isEqualTo(attempts.get(i).get("channel"));
        }

        List<PlanDetails> mine = users.as(RUTH, () -> plans.myPlans());
        JsonNode exportedPlans = json(zip, Kind.PLANS).get("records");
        assertThat(exportedPlans).hasSize(mine.size());
        for (int i = 0; i < mine.size(); i++) {
            assertThat(exportedPlans.get(i).get("planId").asLong()).isEqualTo(mine.get(i).planId());
            assertThat(exportedPlans.get(i).get("personLabel").asString()).isEqualTo(mine.get(i).overview().personLabel());
            assertThat(exportedPlans.get(i).get("content").get("reasons")).hasSize(mine.get(i).content().getReasons().size());
            assertThat(zip).containsKey("plan-" + (i + 1) + ".pdf");
        }
        ConsentState state = users.as(RUTH, () -> consent.mine());
        assertThat(json(zip, Kind.CONSENT).get("records").get(0).get("level").asString()).isEqualTo(state.level().name());
        assertThat(json(zip, Kind.CONSENT_HISTORY).get("records")).hasSize(users.as(RUTH, () -> consent.myHistory()).size());
        assertThat(json(zip, Kind.SESSIONS).get("records")).hasSize(users.as(RUTH, () -> sessions.mySessions()).size());
        // Every questionnaire she completed, each with its answers and the score they give
        Integer measured = jdbc.queryForObject("select count(*) from measure_response where client_id = ?", Integer.class, ruth);
        assertThat(measured).isPositive();
        JsonNode measures = json(zip, Kind.MEASURES).get("records");
        assertThat(measures).hasSize(measured);
        for (JsonNode m : measures) {
            List<Integer> answers = new ArrayList<>();
            m.get("answers").forEach(a -> answers.add(a.asInt()));
            assertThat(Instrument.valueOf(m.get("instrument").asString()).score(answers)).isEqualTo(m.get("score").asInt());
        }

        Integer outcomes = jdbc.queryForObject("select count(*) from homework_completion where client_id = ?", Integer.class, ruth);
        List<String> recorded = new ArrayList<>();
        json(zip, Kind.HOMEWORK).get("records").forEach(r -> recorded.add(r.get("outcome").asString()));
        assertThat(recorded.stream().filter(o -> !ExportRows.OPEN.equals(o))).hasSize(outcomes);
        Integer signals = jdbc.queryForObject("select count(*) from safety_signal where client_id = ?", Integer.class, ruth);
        assertThat(json(zip, Kind.SAFETY_SIGNALS).get("records")).hasSize(signals);
        // Plan versions are the clinician's reading; the client's own pages do not show them
        assertThat(json(zip, Kind.PLAN_VERSIONS).get("records")).isEmpty();

        assertThat(json(zip, Kind.CHECK_INS).get("client").get("displayName").asString()).isEqualTo("Ruth Ellery");
        assertThat(zip).containsKeys("README.txt", "journal.csv", ClientExport.SCHEMA_PATH, "contact-attempts-evidence.pdf");
        assertThat(new String(zip.get("contact-attempts-evidence.pdf"), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        // One CSV row per check-in, entry and contact attempt (the header aside; rows may hold quoted line breaks)
        assertThat(csvRecords(zip.get("journal.csv"))).hasSize(1 + stored.size() + entries.size() + attempts.size());
    }

    @Test
    void theClinicianForATransferOfCareAlsoGetsEveryVersionOfThePlan() throws IOException {
        long ruth = users.clientId(RUTH);
        ReportFile file = users.as(SAM, () -> export.export(ruth));
        java.nio.file.Files.write(java.nio.file.Path.of("target", "export-ruth-by-clinician.zip"), file.content()); // to look at
        Integer versions = jdbc.queryForObject("select count(*) from plan_version v join no_contact_plan p on p.id = v.plan_id"
                + " where p.client_id = ?", Integer.class, ruth);
        assertThat(versions).isPositive();
        assertThat(json(unzip(file), Kind.PLAN_VERSIONS).get("records")).hasSize(versions);
    }

    @Test
    void everyJsonFileValidatesAgainstTheSchemaInTheZip() {
        long ruth = users.clientId(RUTH);
        for (ReportFile file : List.of(users.as(RUTH, () -> export.export(ruth)), users.as(SAM, () -> export.export(ruth)),
                users.as(ELENA, () -> export.export(newClientWithNoData())))) {
            Map<String, byte[]> zip = unzip(file);
            Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                    .getSchema(new ByteArrayInputStream(zip.get(ClientExport.SCHEMA_PATH)));
            for (Kind kind : Kind.values()) {
                List<Error> errors = schema.validate(json(zip, kind),
                        context -> context.executionConfig(config -> config.formatAssertionsEnabled(true)));
                assertThat(errors).as(file.fileName() + " " + kind.fileName()).isEmpty();
            }
        }
        // The schema does refuse what it should, so an empty error list means something
        Map<String, byte[]> zip = unzip(users.as(RUTH, () -> export.export(ruth)));
        Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(new ByteArrayInputStream(zip.get(ClientExport.SCHEMA_PATH)));
        JsonNode broken = JSON.readTree(new String(zip.get(Kind.CONTACT_ATTEMPTS.fileName()), StandardCharsets.UTF_8)
                .replaceFirst("\"hash\" : \"[0-9a-f]{64}\"", "\"hash\" : \"changed\""));
        assertThat(schema.validate(broken)).isNotEmpty();
    }

    @Test
    void aClientWithNoDataExportsTheirOwnEmptyRecordWithTheEmptyEvidencePackButNoPlan() {
        String email = "maya-" + UUID.randomUUID() + "@example.invalid";
        NewClientForm form = new NewClientForm();
        form.setDisplayName("Maya Empty");
        form.setEmail(email);
        long empty = users.as(ELENA, () -> clients.create(form)).client().id();
        created.add(empty);
        Map<String, byte[]> zip = unzip(users.as(email, () -> export.export(empty)));
        for (Kind kind : Kind.values()) {
            assertThat(json(zip, kind).get("records")).as(kind.fileName()).hasSize(kind == Kind.CONSENT ? 1 : 0);
        }
        assertThat(zip).containsKey("contact-attempts-evidence.pdf").doesNotContainKey("plan-1.pdf");
        assertThat(new String(zip.get("README.txt"), StandardCharsets.UTF_8)).startsWith("Your data from Holdfast")
                .contains("There is no plan PDF: there is no plan yet.");
    }

    @Test
    void aClientWithNoDataGetsEveryFileWithNoRecordsAndNoPlanPdf() {
        long empty = newClientWithNoData();
        ReportFile file = users.as(ELENA, () -> export.export(empty));
        Map<String, byte[]> zip = unzip(file);
        for (Kind kind : Kind.values()) {
            JsonNode document = json(zip, kind);
            assertThat(document.get("format").asString()).isEqualTo(ClientExport.FORMAT);
            assertThat(document.get("kind").asString()).isEqualTo(kind.file);
            assertThat(Instant.parse(document.get("exportedAt").asString())).isNotNull();
            // The consent file always has the current state (the default, until the client chooses)
            assertThat(document.get("records")).as(kind.fileName()).hasSize(kind == Kind.CONSENT ? 1 : 0);
        }
        assertThat(zip.keySet()).noneMatch(name -> name.endsWith(".pdf"));
        String readme = new String(zip.get("README.txt"), StandardCharsets.UTF_8);
        assertThat(readme).contains("There is no plan PDF: there is no plan yet.", "check-ins.json", ClientExport.SCHEMA_PATH);
        assertThat(csvRecords(zip.get("journal.csv"))).containsExactly(JournalCsv.HEADER);
        assertThat(file.fileName()).startsWith("record-maya-empty-").endsWith(".zip");
    }

    @Test
    void theClientsFileNameGivesNothingAwayAndTheClinicianNamesTheClient() {
        LocalDate day = LocalDate.of(2026, 12, 6);
        assertThat(ClientExport.fileName(true, "Ruth Ellery", day)).isEqualTo("my-data-2026-12-06.zip");
        assertThat(ClientExport.fileName(false, "Ruth Ellery", day)).isEqualTo("record-ruth-ellery-2026-12-06.zip");
        assertThat(new ReportFile("my-data-2026-12-06.zip", new byte[0]).contentType()).isEqualTo("application/zip");
    }

    @Test
    void aClinicianWithoutARecentFactorIsRefusedBeforeAnythingIsRead() {
        long ruth = users.clientId(RUTH);
        Integer before = exportsOf(ruth);
        UserDetails sam = userDetails.loadUserByUsername(SAM);
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext noFactor = SecurityContextHolder.createEmptyContext();
        noFactor.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(sam, null, sam.getAuthorities()));
        SecurityContextHolder.setContext(noFactor);
        try {
            assertThatThrownBy(() -> export.export(ruth)).isInstanceOf(StepUpRequiredException.class);
        } finally {
            SecurityContextHolder.setContext(previous);
        }
        assertThat(exportsOf(ruth)).isEqualTo(before);
    }

    @Test
    void anotherClinicianAnotherClientAndThePracticeManagerAreRefused() {
        long ruth = users.clientId(RUTH);
        assertThatThrownBy(() -> users.as(ELENA, () -> export.export(ruth))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.as(ALEX, () -> export.export(ruth))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.as(MANAGER, () -> export.export(ruth))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theClinicianGetsOnlyWhatTheClientShares() {
        long priya = users.clientId(PRIYA);
        ConsentState was = users.as(PRIYA, () -> consent.mine());
        users.as(PRIYA, () -> consent.change(SharingLevel.NOTHING, false));
        try {
            Map<String, byte[]> zip = unzip(users.as(ELENA, () -> export.export(priya)));
            assertThat(json(zip, Kind.CHECK_INS).get("records")).isEmpty();
            assertThat(json(zip, Kind.JOURNAL_ENTRIES).get("records")).isEmpty();
            assertThat(json(zip, Kind.CONTACT_ATTEMPTS).get("records")).isEmpty();
            assertThat(zip).doesNotContainKey("contact-attempts-evidence.pdf");
            assertThat(json(zip, Kind.CONSENT).get("records").get(0).get("level").asString()).isEqualTo("NOTHING");
            assertThat(new String(zip.get("README.txt"), StandardCharsets.UTF_8)).contains("the client does not share that log");
            // Priya's own export has all of it
            Map<String, byte[]> own = unzip(users.as(PRIYA, () -> export.export(priya)));
            Integer checkIns = jdbc.queryForObject("select count(*) from check_in where client_id = ?", Integer.class, priya);
            assertThat(json(own, Kind.CHECK_INS).get("records")).hasSize(checkIns);
        } finally {
            users.as(PRIYA, () -> consent.change(was.level(), was.shareContactLog()));
        }
    }

    @Test
    void everyExportIsAuditedWithTheSha256OfTheZipWhoeverMakesIt() {
        long ruth = users.clientId(RUTH);
        for (String who : new String[] { RUTH, SAM }) {
            ReportFile file = users.as(who, () -> export.export(ruth));
            Map<String, Object> row = jdbc.queryForMap("select actor, detail from audit_event where client_id = ? and action = ?"
                    + " order by id desc limit 1", ruth, ClientExport.AUDIT_ACTION.code());
            assertThat(row.get("detail")).as(who).isEqualTo("SHA-256 " + file.sha256());
            assertThat(row.get("actor")).isEqualTo(who);
        }
    }

    @Test
    void theJournalCsvHasAHeaderRowAndQuotesCommasQuotesAndLineBreaks() {
        String note = "She said, \"call me\"\nthen left";
        byte[] csv = JournalCsv.of(List.of(new CheckInEntry(LocalDate.of(2026, 12, 1), 4, 7, false, note, Instant.now())),
                List.of(new JournalItem(EntryType.URGE, 9, Instant.parse("2026-12-02T21:30:00Z"), Instant.now(), 6,
                        "Strength 6 of 10", "Wrote instead: Zoë's café", true, null, null)),
                List.of(new ContactLogRecord(1, Instant.parse("2026-12-03T08:00:00Z"), Instant.now(), Channel.TEXT, "J.",
                        false, "=HYPERLINK(\"x\")", false, 5, null, null, null, "a".repeat(64), "s", null)),
                java.time.ZoneId.of("Europe/London"));

        assertThat(csv).startsWith(0xEF, 0xBB, 0xBF);
        String text = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
        assertThat(text).startsWith(JournalCsv.HEADER + "\r\n");
        assertThat(text).contains("Check-in,2026-12-01,,4,7,,\"She said, \"\"call me\"\"\nthen left\",\r\n");
        assertThat(text).contains("Urge,2026-12-02,21:30,,6,Strength 6 of 10,Wrote instead: Zoë's café,yes\r\n");
        // A message that a spreadsheet would run as a formula is kept as words
        assertThat(text).contains(",\"'=HYPERLINK(\"\"x\"\")\",");
        assertThat(csvRecords(csv)).hasSize(4);
    }

    private Integer exportsOf(long clientId) {
        return jdbc.queryForObject("select count(*) from audit_event where client_id = ? and action = ?", Integer.class,
                clientId, ClientExport.AUDIT_ACTION.code());
    }

    private long newClientWithNoData() {
        NewClientForm form = new NewClientForm();
        form.setDisplayName("Maya Empty");
        form.setEmail("maya-" + UUID.randomUUID() + "@example.invalid");
        long id = users.as(ELENA, () -> clients.create(form)).client().id();
        created.add(id);
        return id;
    }

    /** Clients made by a test, discharged after it: the demo caseloads keep their counts for the tests that count them. */
    private final java.util.List<Long> created = new java.util.ArrayList<>();

    @org.junit.jupiter.api.AfterEach
    void dischargeTheClientsMadeHere() {
        created.forEach(id -> users.as(ELENA, () -> clients.discharge(id, "Made by a test of the export")));
        created.clear();
    }

    private static JsonNode json(Map<String, byte[]> zip, Kind kind) {
        assertThat(zip).containsKey(kind.fileName());
        return JSON.readTree(zip.get(kind.fileName()));
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() ? null : node.asString();
    }

    private static Map<String, byte[]> unzip(ReportFile file) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(file.content()), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                files.put(entry.getName(), zip.readAllBytes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    /** The CSV's records (RFC 4180: a line break inside quotes belongs to the cell), BOM removed. */
    private static List<String> csvRecords(byte[] csv) {
        String text = new String(csv, StandardCharsets.UTF_8).substring(1);
        List<String> records = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            }
            if (!quoted && c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                records.add(current.toString());
                current.setLength(0);
                i++;
            } else {
                current.append(c);
            }
        }
        if (!current.isEmpty()) {
            records.add(current.toString());
        }
        return records;
    }
}
