package org.holdfast.audit;

import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reading the audit log is the practice manager's job. */
@Service
@Transactional(readOnly = true)
public class AuditLog {

    private final AuditEventRepository events;

    AuditLog(AuditEventRepository events) {
        this.events = events;
    }

    @PreAuthorize("hasRole('ADMIN')")
    public List<AuditEvent> forClient(long clientId) {
        return events.findByClientIdOrderByOccurredAtDesc(clientId);
    }
}
