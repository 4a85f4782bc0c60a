package org.holdfast.audit;

import org.holdfast.security.ContentRead;
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

    ContentReadListener(AuditEventRepository events) {
        this.events = events;
    }

    @EventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void on(ContentRead read) {
        events.save(new AuditEvent(read.at(), read.actor(), read.actorName(), read.actorRole(), read.clientId(),
                read.action(), read.reason()));
    }
}
