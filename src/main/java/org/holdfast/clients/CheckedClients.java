package org.holdfast.clients;

import java.util.HashSet;
import java.util.Set;

import org.holdfast.shared.TransactionScope;

/**
 * The clients already shown, in the current transaction, to be on one clinician's caseload. A caseload page reads
 * the clinician's clients and then asks plans, homework, safety, consent and sessions for their figures, each of
 * which checks the same ids again; within one transaction the answer cannot differ (it reads the same snapshot), so
 * the check is asked of the database once. Outside a transaction nothing is remembered.
 */
final class CheckedClients {

    private record Key(long clinicianId) {
    }

    private CheckedClients() {
    }

    /** Remembers that these clients are the clinician's, until the transaction ends. */
    static void remember(long clinicianId, Set<Long> clientIds) {
        Set<Long> checked = current(clinicianId, true);
        if (checked != null) {
            checked.addAll(clientIds);
        }
    }

    /** Whether every one of these clients was shown to be the clinician's in this transaction. */
    static boolean known(long clinicianId, Set<Long> clientIds) {
        Set<Long> checked = current(clinicianId, false);
        return checked != null && checked.containsAll(clientIds);
    }

    private static Set<Long> current(long clinicianId, boolean create) {
        Key key = new Key(clinicianId);
        return TransactionScope.value(key, () -> create ? new HashSet<>() : null);
    }
}
