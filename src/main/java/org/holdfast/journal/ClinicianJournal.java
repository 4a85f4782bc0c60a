package org.holdfast.journal;

import java.util.List;
import java.util.Map;

import org.holdfast.consent.ConsentState;

/**
 * A client's journal as their clinician may see it, built by consent-enforcing queries: the entries
 * whose words are shared, how many there are of each kind (when numbers are allowed), how many the
 * client kept private, and the check-in numbers for trends.
 *
 * @param totals          how many of each kind; the slip total counts slips by the one definition ({@link Slips}),
 *                        so it includes days ticked "made contact" on a check-in with no slip form
 * @param slipsTickedOnly how many of those slips are only a ticked check-in, with no form to say more
 */
public record ClinicianJournal(ConsentState consent, List<JournalItem> items, Map<EntryType, Long> totals,
        Map<EntryType, Long> keptPrivate, long slipsTickedOnly, List<CheckInEntry> checkIns) {

    public boolean numbersShared() {
        return consent.level().allowsNumbers();
    }
}
