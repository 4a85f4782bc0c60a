package org.holdfast.reports;

import java.time.Clock;
import java.time.Instant;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.holdfast.audit.LogKeys;
import org.holdfast.audit.LogProofs;
import org.holdfast.clients.ClientService;
import org.holdfast.clients.ClientSummary;
import org.holdfast.journal.ChainVerification;
import org.holdfast.journal.ContactLog;
import org.holdfast.journal.ContactLogRecord;
import org.holdfast.journal.JournalService;
import org.holdfast.plans.Channel;
import org.holdfast.security.AuditAction;
import org.holdfast.security.CurrentUser;
import org.holdfast.security.Role;
import org.holdfast.security.StepUp;
import org.holdfast.shared.Dates;
import org.holdfast.shared.Words;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The client's contact-attempt log as a document they can hand on: every record as written, corrections
 * beside what they correct, how often attempts came, and each record's place in the hash chain with the
 * chain's check. The PDF's own SHA-256 goes into the audit log whoever downloads it, so a copy can be
 * matched later. States what the log is; makes no claim about what it proves.
 */
@Service
public class ContactEvidenceReport {

    static final AuditAction AUDIT_ACTION = AuditAction.Read.CONTACT_EVIDENCE_PDF;
    static final String NOTICE = "A record kept by the client in Holdfast. The SHA-256 of this file is kept in"
            + " Holdfast's audit log. Confidential.";
    /** Up to this many weeks the summary counts per week; beyond, per month. */
    static final int WEEKLY_UP_TO_WEEKS = 16;


    private final JournalService journal;
    private final ClientService clients;
    private final ReportPrinter printer;
    private final CurrentUser currentUser;
    private final Clock clock;

    private final StepUp stepUp;
    private final LogProofs logProofs;
    private final EvidenceChecker checker;

    ContactEvidenceReport(JournalService journal, ClientService clients, ReportPrinter printer, CurrentUser currentUser,
            Clock clock, StepUp stepUp, LogProofs logProofs, EvidenceChecker checker) {
        this.stepUp = stepUp;
        this.logProofs = logProofs;
        this.checker = checker;
        this.journal = journal;
        this.clients = clients;
        this.printer = printer;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * The client's own log, or a clinician's copy while the client shares the log (refused otherwise by
     * {@link JournalService#contactLog}), as an evidence pack: the pages, and as attachments what checks them
     * without Holdfast (see {@link EvidencePack}).
     */
    @PreAuthorize("hasAnyRole('CLINICIAN', 'CLIENT')")
    public ReportFile render(long clientId) {
        // Another person's evidence record leaving the portal needs a recent factor; the client's own copy does not.
        if (!currentUser.is(Role.CLIENT)) {
            stepUp.require();
        }
        ClientSummary client = clients.requireReadable(clientId);
        ContactLog log = journal.contactLog(clientId);
        // The client's own day: a message at 23:30 their time is that evening's, wherever the practice is.
        ZoneId zone = clients.zoneOf(clientId);
        List<ContactLogRecord> originals = log.records().stream().filter(r -> !r.isCorrection()).toList();
        // After the read above: the head signed here covers every record just read.
        LogProofs.ClientProofs proofs = logProofs.forClient(clientId);
        String keyId = LogKeys.keyId(logProofs.publicKey());

        Map<String, Object> parameters = new HashMap<>();
        parameters.put("clientName", client.displayName());
        parameters.put("intro", intro(client.displayName()));
        parameters.put("extent", extent(log, originals, zone));
        parameters.put("verification", verification(log.verification()) + " " + signedLog(proofs, keyId));
        parameters.put("chainIntact", log.verification().intact());
        parameters.put("howToCheck", howToCheck(keyId));
        Map<String, Integer> counts = frequency(originals, zone);
        parameters.put("frequencyChart", counts.size() < 2 ? null : AttemptFrequencyChart.chart(counts));
        parameters.put("footerNotice", NOTICE);

        List<EvidenceRow> rows = new ArrayList<>();
        Map<String, String> channelsByPeriod = channelsByPeriod(originals, zone);
        counts.forEach((period, count) -> rows.add(EvidenceRow.frequency(period, count, channelsByPeriod.getOrDefault(period, ""))));
        rows.addAll(records(log.records(), zone));
        log.records().forEach(r -> rows.add(EvidenceRow.manifest(r.seq(), Dates.dateTime(r.recordedAt(), zone),
                r.prevHash(), r.hash())));

        boolean own = client.accountId() == currentUser.accountId();
        byte[] pages = printer.pdf("contact-evidence", parameters, rows);
        Instant issued = clock.instant();
        byte[] pack = EvidencePackPdf.withAttachments(pages, TITLE, issued, EvidencePack.attachments(log, proofs,
                LogKeys.pem(logProofs.publicKey()), keyId, checker.page(), issued, logProofs::signPackStatement));
        ReportFile file = new ReportFile(fileName(own, client.displayName(), LocalDate.now(clock)), pack);
        clients.recordDocument(clientId, AUDIT_ACTION, "SHA-256 " + file.sha256());
        return file;
    }

    /**
     * The client's own copy has a name that gives nothing away (it may sit in a phone's downloads list the
     * other person can look at); the clinician's copy names the client, to file it.
     */
    static String fileName(boolean own, String clientName, LocalDate today) {
        return own ? "holdfast-record-" + Dates.fileDate(today) + ".pdf"
                : "contact-attempts-" + ReportPrinter.slug(clientName) + "-" + Dates.fileDate(today) + ".pdf";
    }

    /** The document's title, as a PDF reader shows it: says what it is, and not whose, for the client's phone. */
    static final String TITLE = "Record of contact attempts";

    static String howToCheck(String keyId) {
        return String.join("\n",
            "1. Without Holdfast: this PDF carries its records as attachments (listed beside the pages by a PDF reader), "
                    + "each with the hashes that link it to the practice's signed log, and verify.html, a page that checks "
                    + "them in any web browser offline: open it, choose this PDF; it says \"intact\" or names the record "
                    + "that does not match, and lists the records it checked (the evidence: it does not check these printed "
                    + "pages). Get that page from the practice (at /evidence-checker), or confirm key " + keyId + " with "
                    + "the practice before trusting the attached copy. The practice can also run: java -jar holdfast.jar "
                    + "verify-pack FILE.pdf.",
            "2. Within this document: each record's \"hash of the record before\" must be the same as the \"hash of this "
                    + "record\" of the record numbered one lower; record 1 has none, and the numbers run without a gap.",
            "3. That this file is the one the practice issued: its audit log keeps the SHA-256 of every copy it produced. "
                    + "Compute this file's (Windows: certutil -hashfile FILE SHA256; macOS or Linux: shasum -a 256 FILE) "
                    + "and ask the practice to confirm it.",
            "4. That no record was changed: each hash covers every field as written (to the microsecond, in the "
                    + "attachments) and the hash before it, and the signed log has held each hash since it was written.");
    }

    private static String signedLog(LogProofs.ClientProofs proofs, String keyId) {
        return "Every record is in the practice's signed log: its tree head of " + Dates.dateTime(proofs.head().issuedAt(),
                java.time.ZoneOffset.UTC) + " UTC (" + proofs.head().size() + " entries), signed with key " + keyId + ".";
    }

    /** "Europe/London (Greenwich Mean Time)": the id a computer reads, and the name a person does. */
    static String zoneName(ZoneId zone) {
        return zone.getId() + " (" + zone.getDisplayName(java.time.format.TextStyle.FULL, Dates.locale()) + ")";
    }

    private static String intro(String clientName) {
        return "This is a record kept by " + clientName + " in Holdfast, a portal their therapy practice uses. "
                + clientName + " entered each contact attempt; the time it happened and the time it was entered are"
                + " shown side by side. Records cannot be edited: a correction is added as a new record that names"
                + " the one it corrects and gives a reason, and the original stays as it was. Each record carries a"
                + " SHA-256 hash of its content and of the record before it, so a record changed or removed after it"
                + " was written shows up when the chain is checked.";
    }

    private String extent(ContactLog log, List<ContactLogRecord> originals, ZoneId zone) {
        String zoneNote = "Times are in " + zoneName(zone) + ", the time zone of the person who kept the record.";
        if (originals.isEmpty()) {
            return "No contact attempts are recorded. " + zoneNote;
        }
        LocalDate first = originals.stream().map(r -> r.occurredAt().atZone(zone).toLocalDate()).min(Comparator.naturalOrder()).orElseThrow();
        LocalDate last = originals.stream().map(r -> r.occurredAt().atZone(zone).toLocalDate()).max(Comparator.naturalOrder()).orElseThrow();
        int corrections = log.records().size() - originals.size();
        return Words.count(originals.size(), "contact attempt", "contact attempts") + " from "
                + Dates.format(first) + " to " + Dates.format(last)
                + (corrections == 0 ? "" : ", and " + Words.count(corrections, "correction", "corrections"))
                + ". " + zoneNote;
    }

    private String verification(ChainVerification result) {
        String checked = " (checked " + printer.generatedAt() + ")";
        if (result.intact() && result.records() == 0) {
            return "Chain check: nothing to check yet, the log has no records" + checked + ".";
        }
        if (result.intact()) {
            return "Chain check: intact. " + (result.records() == 1 ? "The 1 record has" : "All " + result.records()
                    + " records follow on from each other and have") + " not been changed or removed since written" + checked + ".";
        }
        return "Chain check: NOT intact. " + result.problem() + checked + ".";
    }

    /**
     * Originals in the order they happened, each followed by every record that corrects it, however
     * indirectly (a correction of a correction belongs to the same attempt), in the order written:
     * amendments beside what they amend, and every record of the log in the table exactly once.
     */
    static List<EvidenceRow> records(List<ContactLogRecord> all, ZoneId zone) {
        Map<Integer, Integer> rootOf = new HashMap<>();
        Map<Integer, List<ContactLogRecord>> chainOf = new HashMap<>();
        all.stream().sorted(Comparator.comparing(ContactLogRecord::seq)).forEach(r -> {
            // A record can only correct one written before it, so its target's root is already known.
            int root = r.isCorrection() ? rootOf.getOrDefault(r.correctsSeq(), r.correctsSeq()) : r.seq();
            rootOf.put(r.seq(), root);
            if (r.isCorrection()) {
                chainOf.computeIfAbsent(root, k -> new ArrayList<>()).add(r);
            }
        });
        Map<Integer, ContactLogRecord> bySeq = all.stream().collect(Collectors.toMap(ContactLogRecord::seq, r -> r));
        Map<Integer, List<Integer>> correctedBy = new HashMap<>();
        all.stream().filter(ContactLogRecord::isCorrection).sorted(Comparator.comparing(ContactLogRecord::seq))
                .forEach(c -> correctedBy.computeIfAbsent(c.correctsSeq(), k -> new ArrayList<>()).add(c.seq()));
        List<EvidenceRow> rows = new ArrayList<>();
        all.stream().filter(r -> !r.isCorrection())
                .sorted(Comparator.comparing(ContactLogRecord::occurredAt).thenComparing(ContactLogRecord::seq))
                .forEach(original -> {
                    rows.add(row(original, zone, amendment(original, correctedBy), false));
                    chainOf.getOrDefault(original.seq(), List.of())
                            .forEach(c -> rows.add(row(c, zone, amendment(c, correctedBy), true)));
                });
        // Corrections whose original is not in the log (only in a broken chain) still print, at the end.
        chainOf.forEach((root, chain) -> {
            if (!bySeq.containsKey(root)) {
                chain.forEach(c -> rows.add(row(c, zone, amendment(c, correctedBy), true)));
            }
        });
        return rows;
    }

    private static String amendment(ContactLogRecord r, Map<Integer, List<Integer>> correctedBy) {
        List<Integer> later = correctedBy.getOrDefault(r.seq(), List.of());
        String correctedLater = later.isEmpty() ? null : "Corrected later by record "
                + later.stream().map(String::valueOf).collect(Collectors.joining(", "))
                + " (below). This record is shown as it was first written.";
        if (!r.isCorrection()) {
            return correctedLater;
        }
        String correction = "Correction of record " + r.correctsSeq() + ". Reason given: " + r.correctionReason();
        return correctedLater == null ? correction : correction + " " + correctedLater;
    }

    private static EvidenceRow row(ContactLogRecord r, ZoneId zone, String amendment, boolean correction) {
        return EvidenceRow.record(r.seq(), Dates.dateTime(r.occurredAt(), zone), Dates.dateTime(r.recordedAt(), zone),
                r.channel().label(), r.sender(), r.viaThirdParty(), r.content(),
                r.responded() ? "The client responded" : "No response", amendment, correction);
    }

    /** Attempts per week (Monday to Sunday) or per month, every period from the first to the last, empty ones too. */
    static Map<String, Integer> frequency(List<ContactLogRecord> originals, ZoneId zone) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        if (originals.isEmpty()) {
            return counts;
        }
        List<LocalDate> days = originals.stream().map(r -> r.occurredAt().atZone(zone).toLocalDate()).sorted().toList();
        Function<LocalDate, String> period = periodOf(days.getFirst(), days.getLast());
        for (LocalDate d = days.getFirst(); !d.isAfter(days.getLast()); d = d.plusDays(1)) {
            counts.putIfAbsent(period.apply(d), 0);
        }
        days.forEach(d -> counts.merge(period.apply(d), 1, Integer::sum));
        return counts;
    }

    private static Function<LocalDate, String> periodOf(LocalDate first, LocalDate last) {
        boolean weekly = ChronoUnit.WEEKS.between(first, last) < WEEKLY_UP_TO_WEEKS;
        return weekly ? d -> AttemptFrequencyChart.WEEK_OF + Dates.format(d.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)))
                : d -> Dates.month(YearMonth.from(d));
    }

    private static Map<String, String> channelsByPeriod(List<ContactLogRecord> originals, ZoneId zone) {
        if (originals.isEmpty()) {
            return Map.of();
        }
        List<LocalDate> days = originals.stream().map(r -> r.occurredAt().atZone(zone).toLocalDate()).sorted().toList();
        Function<LocalDate, String> period = periodOf(days.getFirst(), days.getLast());
        Map<String, Map<Channel, Long>> byPeriod = new HashMap<>();
        originals.forEach(r -> byPeriod.computeIfAbsent(period.apply(r.occurredAt().atZone(zone).toLocalDate()),
                p -> new EnumMap<>(Channel.class)).merge(r.channel(), 1L, Long::sum));
        Map<String, String> text = new HashMap<>();
        byPeriod.forEach((p, channels) -> text.put(p, channels.entrySet().stream()
                .map(e -> e.getKey().label() + " " + e.getValue()).collect(Collectors.joining(", "))));
        return text;
    }
}
