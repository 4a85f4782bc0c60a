package org.holdfast.audit;

import org.holdfast.security.AccessRefused;
import org.holdfast.security.AccountActivity;
import org.holdfast.security.AuditAction;
import org.holdfast.security.ContentRead;
import org.holdfast.security.ContentReadBatch;
import org.holdfast.security.ErasureRecorded;
import org.holdfast.security.EvidenceAppended;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Synchronous on purpose: the read waits for its audit row, and if the row cannot be written the
 * read fails instead of happening unrecorded. Its own transaction keeps the row even when the
 * reader's transaction rolls back.
 */
@Component
class ContentReadListener {

    private final AuditEventRepository events;
    private final JdbcTemplate jdbc;

    ContentReadListener(AuditEventRepository events, JdbcTemplate jdbc) {
        this.events = events;
        this.jdbc = jdbc;
    }

    @EventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void on(ContentRead read) {
        events.save(new AuditEvent(read.at(), read.actor(), read.actorName(), read.actorRole(), read.clientId(),
                read.action(), read.reason(), read.detail()));
    }

    /**
     * A page of the caseload: one row for the read, and one line per client it named (one JDBC batch), so
     * each client's "Who has looked" still finds it.
     */
    @EventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void on(ContentReadBatch read) {
        if (read.clientIds().isEmpty()) {
            return;
        }
        AuditEvent row = events.save(new AuditEvent(read.at(), read.actor(), read.actorName(), read.actorRole(), null,
                read.action(), null, null));
        jdbc.batchUpdate("insert into audit_event_client (event_id, client_id) values (?, ?)",
                read.clientIds().stream().distinct().map(id -> new Object[] { row.getId(), id }).toList());
    }

    /** A refused attempt: who tried what, on whose record when known. */
    @EventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void on(AccessRefused refused) {
        events.save(new AuditEvent(refused.at(), refused.actor(), refused.actorName(), refused.actorRole(),
                refused.clientId(), new AuditAction.Refused(refused.attempted()), null, null));
    }

    /** In the caller's transaction: the record and its entry in the log are stored together or not at all. */
    @EventListener
    void on(EvidenceAppended appended) {
        events.save(new AuditEvent(appended.at(), appended.actor(), appended.actorName(), appended.actorRole(),
                appended.clientId(), new AuditAction.EvidenceRecord(appended.seq(), appended.hash()), null, null));
    }

    /** In the caller's transaction: a request or an erasure and its line in the log are stored together or not at all. */
    @EventListener
    void on(ErasureRecorded erasure) {
        events.save(new AuditEvent(erasure.at(), erasure.actor(), erasure.actorName(), erasure.actorRole(),
                erasure.clientId(), erasure.action(), null, null));
    }

    /** A failed sign-in, a lock, an unlock: no client; the address, when there is one, as the detail. */
    @EventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void on(AccountActivity activity) {
        events.save(new AuditEvent(activity.at(), activity.actor(), activity.actorName(), activity.actorRole(), null,
                activity.action(), null, activity.address() == null ? null : "from " + activity.address()));
    }
}
