/**
 * The client's journal: check-ins, urges, slips (and contact inside a plan exception), the other
 * person's contact attempts as a hash-chained evidence log, and drafts. Clinicians read it only
 * through queries that apply the client's consent.
 * Reads for anyone but the client publish {@link org.holdfast.security.ContentRead}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "encryption", "security", "clients", "clients :: ui", "plans", "consent", "consent :: ui", "audit" })
package org.holdfast.journal;
