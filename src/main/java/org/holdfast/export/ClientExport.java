package org.holdfast.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.holdfast.clients.ClientService;
import org.holdfast.clients.ClientSummary;
import org.holdfast.clients.SessionService;
import org.holdfast.consent.ConsentService;
import org.holdfast.consent.ConsentState;
import org.holdfast.homework.HomeworkService;
import org.holdfast.journal.CheckInEntry;
import org.holdfast.journal.ContactLog;
import org.holdfast.journal.ContactLogRecord;
import org.holdfast.journal.JournalItem;
import org.holdfast.journal.JournalService;
import org.holdfast.plans.PlanDetails;
import org.holdfast.plans.PlanOverview;
import org.holdfast.plans.PlanService;
import org.holdfast.plans.PlanVersionSummary;
import org.holdfast.reports.ContactEvidenceReport;
import org.holdfast.reports.PlanHandoutReport;
import org.holdfast.reports.ReportFile;
import org.holdfast.reports.ReportPrinter;
import org.holdfast.safety.SafetyService;
import org.holdfast.security.AuditAction;
import org.holdfast.measures.MeasureService;
import org.holdfast.security.CurrentUser;
import org.holdfast.security.Role;
import org.holdfast.security.StepUp;
import org.holdfast.shared.Dates;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * A client's whole record as one ZIP: a JSON file per kind of record (schema {@value #FORMAT}, in the ZIP beside
 * them), the journal as a CSV for a spreadsheet, and the plan and contact-attempt PDFs. The client exports their
 * own record (access and portability, GDPR articles 15 and 20); their clinician exports it for a transfer of care,
 * after confirming it is them (step-up), and gets what they may see: every part comes from the owning module's
 * service as that clinician, so the client's consent applies exactly as on the pages. The ZIP's SHA-256 goes into
 * the audit log whoever exports it.
 */
@Service
public class ClientExport {

    public static final String FORMAT = "holdfast-export-v2";
    static final String SCHEMA_PATH = "schema/" + FORMAT + ".schema.json";
    static final AuditAction AUDIT_ACTION = AuditAction.Read.CLIENT_EXPORT;
    /** From the day the journal starts for any client: check-ins are asked for by date range. */
    static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);

    /** The kinds of record, each a file {@code <kind>.json}, in the order README.txt lists them. */
    enum Kind {
        CHECK_INS("check-ins", "daily check-ins: mood, urge (0 to 10), whether you made contact, and the note"),
        JOURNAL_ENTRIES("journal-entries", "urges, slips, contact inside the plan's exceptions, and notes written offline"),
        CONTACT_ATTEMPTS("contact-attempts", "the other person's contact attempts exactly as written, corrections"
                + " included, each with its place in the hash chain (prevHash, hash)"),
        PLANS("plans", "the no-contact plan(s): the person, dates, channels cut, exceptions, reasons, coping"
                + " strategies, support contacts, high-risk dates and the safety section"),
        PLAN_VERSIONS("plan-versions", "who changed the plan and when, version by version (in a clinician's"
                + " export; empty in a client's own, as the pages do not show it to clients)"),
        HOMEWORK("homework", "homework: what was asked, the days it is due, and what was recorded for each day"),
        SAFETY_SIGNALS("safety-signals", "the times \"I don't feel safe\" was pressed, and what was done"),
        CONSENT("consent", "what is shared with the clinician now"),
        CONSENT_HISTORY("consent-history", "every change of what is shared (in the client's own export)"),
        SESSIONS("sessions", "session dates, length and whether they took place (no clinician's notes)"),
        MEASURES("measures", "questionnaires (PHQ-9, GAD-7, WHO-5): the answer to each question, the score and its band");

        final String file;
        final String plain;

        Kind(String file, String plain) {
            this.file = file;
            this.plain = plain;
        }

        String fileName() {
            return file + ".json";
        }
    }

    private final ClientService clients;
    private final JournalService journal;
    private final PlanService plans;
    private final HomeworkService homework;
    private final SafetyService safety;
    private final ConsentService consent;
    private final SessionService sessions;
    private final MeasureService measures;
    private final PlanHandoutReport handout;
    private final ContactEvidenceReport evidence;
    private final CurrentUser currentUser;
    private final StepUp stepUp;
    private final Clock clock;
    // Dates as ISO strings, not numbers: a reader without Holdfast must understand them.
    private final JsonMapper json = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    ClientExport(ClientService clients, JournalService journal, PlanService plans, HomeworkService homework,
            SafetyService safety, ConsentService consent, SessionService sessions, MeasureService measures,
            PlanHandoutReport handout,
            ContactEvidenceReport evidence, CurrentUser currentUser, StepUp stepUp, Clock clock) {
        this.clients = clients;
        this.journal = journal;
        this.plans = plans;
        this.homework = homework;
        this.safety = safety;
        this.consent = consent;
        this.sessions = sessions;
        this.measures = measures;
        this.handout = handout;
        this.evidence = evidence;
        this.currentUser = currentUser;
        this.stepUp = stepUp;
        this.clock = clock;
    }

    /**
     * The record of one client as a ZIP: the client's own, or a clinician's own client's after a step-up. Refused
     * (before anything is read) for anyone else, the practice manager included: break-glass is for an emergency,
     * not for taking a record away.
     */
    @PreAuthorize("hasAnyRole('CLINICIAN', 'CLIENT')")
    public ReportFile export(long clientId) {
        boolean own = currentUser.is(Role.CLIENT);
        if (!own) {
            // A whole record leaving the portal needs a recent factor, as every other copy a clinician takes.
            stepUp.require();
        }
        ClientSummary client = clients.requireReadable(clientId);
        ZoneId zone = clients.zoneOf(clientId);
        // To the second: the moment of the export, not of each file.
        Instant exportedAt = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        ExportRecords records = own ? ownRecords(clientId) : clinicianRecords(clientId);

        Map<String, Object> about = new LinkedHashMap<>();
        about.put("displayName", client.displayName());
        about.put("pronouns", client.pronouns());
        about.put("timeZone", zone.getId());
        about.put("status", client.status().name());

        Map<String, byte[]> files = new LinkedHashMap<>();
        records.byKind().forEach((kind, rows) -> files.put(kind.fileName(), document(kind, exportedAt, about, rows)));
        files.put(SCHEMA_PATH, schema());
        files.put("journal.csv", JournalCsv.of(records.checkIns(), records.entries(), records.attempts(), zone));
        List<String> pdfs = new ArrayList<>();
        for (int i = 0; i < records.planIds().size(); i++) {
            String name = "plan-" + (i + 1) + ".pdf";
            files.put(name, handout.render(records.planIds().get(i)).content());
            pdfs.add(name);
        }
        boolean evidencePack = own || records.contactLogShared();
        if (evidencePack) {
            files.put("contact-attempts-evidence.pdf", evidence.render(clientId).content());
        }
        files.put("README.txt", ExportReadme.text(own, client.displayName(), exportedAt, zone, pdfs, evidencePack)
                .getBytes(StandardCharsets.UTF_8));

        ReportFile file = new ReportFile(fileName(own, client.displayName(), LocalDate.now(clock.withZone(zone))),
                zip(files));
        clients.recordDocument(clientId, AUDIT_ACTION, "SHA-256 " + file.sha256());
        return file;
    }

    /**
     * The client's own name gives nothing away (it may sit in a downloads list someone else looks at); the
     * clinician's names the client, to file it.
     */
    static String fileName(boolean own, String clientName, LocalDate today) {
        return own ? "my-data-" + Dates.fileDate(today) + ".zip"
                : "record-" + ReportPrinter.slug(clientName) + "-" + Dates.fileDate(today) + ".zip";
    }

    private ExportRecords ownRecords(long clientId) {
        List<CheckInEntry> checkIns = journal.checkIns(clientId, EARLIEST, LocalDate.now(clock).plusDays(1));
        List<JournalItem> entries = journal.everyEntry(clientId);
        ContactLog log = journal.contactLog(clientId);
        List<PlanDetails> mine = plans.myPlans();
        ConsentState state = consent.mine();
        return new ExportRecords(checkIns, entries, log.records(), mine.stream().map(this::plan).toList(),
                List.of(), ExportRows.homework(homework.myAssignments()), safety.mySignals().stream().map(ExportRows::signal).toList(),
                List.of(ExportRows.consent(state)), consent.myHistory().stream().map(ExportRows::consentChange).toList(),
                sessions.mySessions().stream().map(s -> ExportRows.session(s.startsAt(), s.durationMinutes(), s.status())).toList(),
                measures.myScores().stream().map(ExportRows::measure).toList(),
                mine.stream().map(PlanDetails::planId).toList(), true);
    }

    private ExportRecords clinicianRecords(long clientId) {
        ConsentState state = consent.of(clientId);
        List<CheckInEntry> checkIns = journal.checkIns(clientId, EARLIEST, LocalDate.now(clock).plusDays(1));
        List<JournalItem> entries = journal.everyEntry(clientId);
        // The log is the client's to share as a whole; asking for it unshared would be refused, so it is not asked.
        List<ContactLogRecord> attempts = state.shareContactLog() ? journal.contactLog(clientId).records() : List.of();
        List<PlanOverview> overviews = plans.plans(clientId);
        List<Map<String, Object>> planRows = new ArrayList<>();
        List<Map<String, Object>> versions = new ArrayList<>();
        for (PlanOverview overview : overviews) {
            planRows.add(plan(plans.plan(overview.planId())));
            for (PlanVersionSummary v : plans.history(overview.planId())) {
                versions.add(ExportRows.planVersion(overview.planId(), v));
            }
        }
        return new ExportRecords(checkIns, entries, attempts, planRows, versions,
                ExportRows.homework(homework.assignmentsFor(clientId)),
                safety.signals(clientId).stream().map(ExportRows::signal).toList(), List.of(ExportRows.consent(state)),
                List.of(), sessions.sessions(clientId).stream()
                        .map(s -> ExportRows.session(s.startsAt(), s.durationMinutes(), s.status())).toList(),
                measures.scoresFor(clientId).stream().map(ExportRows::measure).toList(),
                overviews.stream().map(PlanOverview::planId).toList(), state.shareContactLog());
    }

    private Map<String, Object> plan(PlanDetails details) {
        return ExportRows.plan(details, json.valueToTree(details.content()));
    }

    private byte[] document(Kind kind, Instant exportedAt, Map<String, Object> client, List<Map<String, Object>> rows) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("format", FORMAT);
        document.put("kind", kind.file);
        document.put("exportedAt", exportedAt.toString());
        document.put("client", client);
        document.put("records", rows);
        return json.writeValueAsBytes(document);
    }

    static byte[] schema() {
        try (InputStream in = ClientExport.class.getResourceAsStream(FORMAT + ".schema.json")) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("The export schema is part of the application", e);
        }
    }

    private static byte[] zip(Map<String, byte[]> files) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(file.getKey()));
                zip.write(file.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Writing to memory does not fail", e);
        }
        return bytes.toByteArray();
    }
}
