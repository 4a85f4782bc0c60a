package org.holdfast.export;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.holdfast.export.ClientExport.Kind;
import org.holdfast.journal.CheckInEntry;
import org.holdfast.journal.ContactLogRecord;
import org.holdfast.journal.JournalItem;

/**
 * What one reader may see of one client, gathered from the modules' services: the journal's three kinds as the
 * services return them (the CSV needs them too), everything else already as JSON rows.
 */
record ExportRecords(List<CheckInEntry> checkIns, List<JournalItem> entries, List<ContactLogRecord> attempts,
        List<Map<String, Object>> plans, List<Map<String, Object>> planVersions, List<Map<String, Object>> homework,
        List<Map<String, Object>> safetySignals, List<Map<String, Object>> consent,
        List<Map<String, Object>> consentHistory, List<Map<String, Object>> sessions, List<Map<String, Object>> measures,
        List<Long> planIds,
        boolean contactLogShared) {

    /** Every kind, each with its rows, in the order of {@link Kind}: a kind with nothing is an empty list, not missing. */
    Map<Kind, List<Map<String, Object>>> byKind() {
        Map<Kind, List<Map<String, Object>>> all = new LinkedHashMap<>();
        all.put(Kind.CHECK_INS, checkIns.stream().map(ExportRows::checkIn).toList());
        all.put(Kind.JOURNAL_ENTRIES, entries.stream().map(ExportRows::entry).toList());
        all.put(Kind.CONTACT_ATTEMPTS, attempts.stream().map(ExportRows::attempt).collect(Collectors.toList()));
        all.put(Kind.PLANS, plans);
        all.put(Kind.PLAN_VERSIONS, planVersions);
        all.put(Kind.HOMEWORK, homework);
        all.put(Kind.SAFETY_SIGNALS, safetySignals);
        all.put(Kind.CONSENT, consent);
        all.put(Kind.CONSENT_HISTORY, consentHistory);
        all.put(Kind.SESSIONS, sessions);
        all.put(Kind.MEASURES, measures);
        return all;
    }
}
