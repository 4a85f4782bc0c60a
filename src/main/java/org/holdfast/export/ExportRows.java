package org.holdfast.export;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.holdfast.clients.SessionStatus;
import org.holdfast.consent.ConsentChange;
import org.holdfast.consent.ConsentState;
import org.holdfast.homework.AssignmentStatus;
import org.holdfast.homework.SharedOutcome;
import org.holdfast.journal.CheckInEntry;
import org.holdfast.journal.ContactLogRecord;
import org.holdfast.journal.JournalItem;
import org.holdfast.measures.MeasureScore;
import org.holdfast.plans.PlanDetails;
import org.holdfast.plans.PlanOverview;
import org.holdfast.plans.PlanVersionSummary;
import org.holdfast.safety.SafetySignalSummary;

/**
 * One JSON record per record of the services, with the field names the schema publishes. Built as ordered maps
 * rather than by serialising the services' records, so that renaming a Java field never silently changes a
 * published format. Instants as ISO-8601 UTC strings, dates as ISO dates, enums by their stable names.
 */
final class ExportRows {

    /** A homework day with nothing recorded yet. */
    static final String OPEN = "OPEN";

    private ExportRows() {
    }

    static Map<String, Object> checkIn(CheckInEntry c) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("date", iso(c.date()));
        row.put("mood", c.mood());
        row.put("urge", c.urge());
        row.put("madeContact", c.slipped());
        row.put("note", c.note());
        row.put("receivedAt", iso(c.receivedAt()));
        return row;
    }

    static Map<String, Object> entry(JournalItem e) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", e.id());
        row.put("type", e.type().name());
        row.put("occurredAt", iso(e.occurredAt()));
        row.put("receivedAt", iso(e.receivedAt()));
        row.put("strength", e.number());
        row.put("facts", e.facts());
        row.put("text", e.text());
        row.put("shared", e.shared());
        return row;
    }

    static Map<String, Object> attempt(ContactLogRecord r) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("seq", r.seq());
        row.put("occurredAt", iso(r.occurredAt()));
        row.put("recordedAt", iso(r.recordedAt()));
        row.put("channel", r.channel().name());
        row.put("sender", r.sender());
        row.put("viaThirdParty", r.viaThirdParty());
        row.put("content", r.content());
        row.put("responded", r.responded());
        row.put("safety", r.safety());
        row.put("correctsSeq", r.correctsSeq());
        row.put("correctionReason", r.correctionReason());
        row.put("prevHash", r.prevHash());
        row.put("hash", r.hash());
        return row;
    }

    /** {@code content} is the plan's own parts (channels, exceptions, reasons, coping, support, dates, safety) as the plan module writes them. */
    static Map<String, Object> plan(PlanDetails plan, Object content) {
        PlanOverview o = plan.overview();
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("planId", o.planId());
        row.put("personLabel", o.personLabel());
        row.put("relationship", name(o.relationship()));
        row.put("purpose", name(o.purpose()));
        row.put("startDate", iso(o.startDate()));
        row.put("initialPeriodDays", o.initialPeriodDays());
        row.put("reviewDate", iso(o.reviewDate()));
        row.put("status", name(o.status()));
        row.put("statusReason", o.statusReason());
        row.put("riskLevel", name(o.riskLevel()));
        row.put("version", plan.version());
        row.put("content", content);
        return row;
    }

    static Map<String, Object> planVersion(long planId, PlanVersionSummary v) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("planId", planId);
        row.put("versionNo", v.versionNo());
        row.put("changedAt", iso(v.changedAt()));
        row.put("changedBy", v.changedByName());
        row.put("summary", v.summary());
        return row;
    }

    /** Each assignment's recorded days (for a clinician, words only where the client shares them), overdue days and the next one. */
    static List<Map<String, Object>> homework(List<AssignmentStatus> assignments) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (AssignmentStatus a : assignments) {
            for (SharedOutcome o : a.outcomes()) {
                rows.add(homework(a.id(), a.title(), a.instructions(), name(a.recurrence()), a.cancelled(), o.date(),
                        o.outcome().name(), o.reflection(), o.reason()));
            }
            a.overdue().forEach(d -> rows.add(homework(a.id(), a.title(), a.instructions(), name(a.recurrence()),
                    a.cancelled(), d, OPEN, null, null)));
            if (a.nextDue() != null) {
                rows.add(homework(a.id(), a.title(), a.instructions(), name(a.recurrence()), a.cancelled(), a.nextDue(),
                        OPEN, null, null));
            }
        }
        return rows;
    }

    private static Map<String, Object> homework(long assignmentId, String title, String instructions, String recurrence,
            boolean cancelled, LocalDate date, String outcome, String reflection, String reason) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("assignmentId", assignmentId);
        row.put("title", title);
        row.put("instructions", instructions);
        row.put("recurrence", recurrence);
        row.put("cancelled", cancelled);
        row.put("date", iso(date));
        row.put("outcome", outcome);
        row.put("reflection", reflection);
        row.put("reason", reason);
        return row;
    }

    static Map<String, Object> signal(SafetySignalSummary s) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("raisedAt", iso(s.raisedAt()));
        row.put("note", s.note());
        row.put("resolvedAt", iso(s.resolvedAt()));
        row.put("resolvedBy", s.resolvedBy());
        row.put("resolutionNote", s.resolutionNote());
        return row;
    }

    static Map<String, Object> consent(ConsentState state) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("level", state.level().name());
        row.put("shareContactLog", state.shareContactLog());
        row.put("chosen", state.chosen());
        row.put("changedAt", iso(state.changedAt()));
        return row;
    }

    static Map<String, Object> consentChange(ConsentChange c) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("changedAt", iso(c.changedAt()));
        row.put("changedBy", c.changedBy());
        row.put("fromLevel", name(c.fromLevel()));
        row.put("toLevel", name(c.toLevel()));
        row.put("fromContactLog", c.fromContactLog());
        row.put("toContactLog", c.toContactLog());
        return row;
    }

    static Map<String, Object> session(Instant startsAt, int durationMinutes, SessionStatus status) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("startsAt", iso(startsAt));
        row.put("durationMinutes", durationMinutes);
        row.put("status", status.name());
        return row;
    }

    /** A completed questionnaire: each answer in order, and the score and band the instrument gives them. */
    static Map<String, Object> measure(MeasureScore score) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("instrument", score.instrument().name());
        row.put("dueDate", score.dueDate().toString());
        row.put("completedAt", iso(score.completedAt()));
        row.put("answers", score.answers());
        row.put("score", score.score());
        row.put("band", score.band());
        return row;
    }

    static String iso(Instant at) {
        return at == null ? null : at.toString();
    }

    static String iso(LocalDate date) {
        return date == null ? null : date.toString();
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
