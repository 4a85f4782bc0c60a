package org.holdfast.audit;

import java.time.LocalDate;

/**
 * What the practice manager narrowed the audit log to. Every part is optional; the dates are whole
 * days in the practice's time zone, both included.
 */
public record AuditFilter(Long clientId, String actor, String action, LocalDate from, LocalDate to) {

    public static final AuditFilter NONE = new AuditFilter(null, null, null, null, null);
}
