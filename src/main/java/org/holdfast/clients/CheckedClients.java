package org.holdfast.clients;

import java.util.HashSet;
import java.util.Set;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

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

    @SuppressWarnings("unchecked")
    private static Set<Long> current(long clinicianId, boolean create) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return null;
        }
        Key key = new Key(clinicianId);
        Set<Long> checked = (Set<Long>) TransactionSynchronizationManager.getResource(key);
        if (checked == null && create) {
            Set<Long> fresh = new HashSet<>();
            TransactionSynchronizationManager.bindResource(key, fresh);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                // A transaction started inside this one (REQUIRES_NEW) sees nothing of it, as Spring does with its own resources.
                @Override
                public void suspend() {
                    TransactionSynchronizationManager.unbindResourceIfPossible(key);
                }

                @Override
                public void resume() {
                    TransactionSynchronizationManager.bindResource(key, fresh);
                }

                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(key);
                }
            });
            checked = fresh;
        }
        return checked;
    }
}
