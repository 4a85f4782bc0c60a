package org.holdfast.security;

import java.time.Instant;

/**
 * Published when the portal refuses a signed-in person something: a service method their role may not call,
 * a client outside their caseload, a page their role may not open. The audit module records it; it carries
 * what was tried and whose record, never any of the record's content.
 *
 * @param clientId whose record the attempt was on, or null when not known (a page or method of the wrong role)
 * @param attempted what was tried, e.g. {@code PlanService.plan} or {@code clients/12/journal}
 */
public record AccessRefused(String actor, String actorName, Role actorRole, Long clientId, String attempted,
        Instant at) {
}
