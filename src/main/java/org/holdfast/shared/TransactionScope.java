package org.holdfast.shared;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Values that live as long as the current transaction, the way Spring keeps its own connection for it: a
 * transaction started inside it (REQUIRES_NEW) sees none of them, and they are gone when it ends. One page
 * asks several modules for figures of the same clients in one transaction; what they would each read or check
 * again is kept here instead.
 */
public final class TransactionScope {

    private record Reads() {
    }

    private static final Reads READS = new Reads();

    private TransactionScope() {
    }

    /**
     * The value bound to {@code key} in this transaction, made by {@code create} the first time (a null from it
     * binds nothing); null outside a transaction.
     */
    @SuppressWarnings("unchecked")
    public static <T> T value(Object key, Supplier<T> create) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return null;
        }
        T value = (T) TransactionSynchronizationManager.getResource(key);
        if (value == null) {
            T fresh = create.get();
            if (fresh == null) {
                return null;
            }
            TransactionSynchronizationManager.bindResource(key, fresh);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
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
            value = fresh;
        }
        return value;
    }

    /**
     * The answer of {@code read}, read once per read-only transaction for equal keys: a read-only transaction reads
     * one snapshot and writes nothing, so asking again could only return the same. Anywhere else it reads each time,
     * also where a method is marked read-only without a transaction (SUPPORTS, NOT_SUPPORTED): each statement
     * commits on its own there. The key must hold every argument of the read; the answer must not be changed by
     * whoever receives it.
     */
    @SuppressWarnings("unchecked")
    public static <T> T readOnce(Object key, Supplier<T> read) {
        if (!TransactionSynchronizationManager.isCurrentTransactionReadOnly()
                || !TransactionSynchronizationManager.isActualTransactionActive()) {
            return read.get();
        }
        Map<Object, Object> reads = value(READS, HashMap::new);
        if (reads == null) {
            return read.get();
        }
        Object known = reads.get(key);
        if (known == null) {
            known = read.get();
            reads.put(key, known);
        }
        return (T) known;
    }
}
