package org.holdfast.journal;

import java.util.List;
import java.util.Map;

import org.holdfast.consent.ConsentState;

/**
 * A client's journal as their clinician may see it, built by consent-enforcing queries: the entries
 * whose words are shared, how many there are of each kind (when numbers are allowed), how many the
 * client kept private, and the check-in numbers for trends.
 */
public record ClinicianJournal(ConsentState consent, List<JournalItem> items, Map<EntryType, Long> totals,
        Map<EntryType, Long> keptPrivate, List<CheckInEntry> checkIns) {

    public boolean numbersShared() {
        return consent.level().allowsNumbers();
    }
}
