/**
 * Accounts, roles, the signed-in user, the log-in view, and the events that tell the audit log someone
 * read client content ({@link org.holdfast.security.ContentRead}, named by an
 * {@link org.holdfast.security.AuditAction}) or was refused ({@link org.holdfast.security.AccessRefused},
 * published for refused service calls and page navigations). Uses only {@code shared}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "shared")
package org.holdfast.security;
