/**
 * Whether the practice's records are as they were written: the audit log against its signed heads and every
 * client's contact-attempt records against the log ({@link org.holdfast.journal.EvidenceCheck}), checked daily on
 * its own and on the practice manager's request. The last result is kept, so that every node and every restart
 * knows it, and a failure shows on the manager's and every clinician's pages until a check passes again.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "security", "audit", "journal" })
package org.holdfast.integrity;
