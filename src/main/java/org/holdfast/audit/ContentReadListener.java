package org.holdfast.audit;

import java.sql.Timestamp;

import org.holdfast.security.ContentRead;
import org.holdfast.security.ContentReadBatch;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.context.event.EventListener;
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

    /** A page of the caseload: one JDBC batch of inserts, whatever the number of clients on it. */
    @EventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void on(ContentReadBatch read) {
        if (read.clientIds().isEmpty()) {
            return;
        }
        Timestamp at = Timestamp.from(read.at());
        String role = read.actorRole() == null ? null : read.actorRole().name();
        jdbc.batchUpdate("insert into audit_event (occurred_at, actor, actor_name, actor_role, client_id, action, reason)"
                + " values (?, ?, ?, ?, ?, ?, null)", read.clientIds().stream()
                .map(id -> new Object[] { at, read.actor(), read.actorName(), role, id, read.action() }).toList());
    }
}
