/**
 * The client's journal: daily check-ins now; urges, slips and contact attempts later.
 * Reads for anyone but the client publish {@link org.holdfast.security.ContentRead}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "security", "clients", "plans" })
package org.holdfast.journal;
