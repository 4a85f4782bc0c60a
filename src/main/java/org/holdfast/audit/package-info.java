/**
 * Who read which client's content, when and why, and who was refused. Learns of reads only through
 * {@link org.holdfast.security.ContentRead} and {@link org.holdfast.security.ContentReadBatch} events, and
 * of refusals through {@link org.holdfast.security.AccessRefused}; nothing calls it directly. What was done
 * is an {@link org.holdfast.security.AuditAction}, stored as its code and parameters and put into words
 * only by {@link org.holdfast.audit.AuditWords}. Uses the clients
 * module only to know who the signed-in client is and to name clients for the practice manager.
 *
 * <p>Rows cannot be changed through the application: the entity is immutable and the repository
 * has no delete. A database trigger refusing UPDATE and DELETE was considered and left out: H2
 * triggers are Java classes ({@code CREATE TRIGGER ... CALL "class"}) while MariaDB's are SQL
 * bodies, so no single Flyway script works on both. On MySQL/MariaDB in production, grant the
 * application user only INSERT and SELECT on {@code audit_event} for the same effect at the
 * database level.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "security", "clients" })
package org.holdfast.audit;
