/**
 * The restore drill's snapshot: what a clinician, the practice manager and a client see, read through the same
 * services and access checks as the portal, printed as figures and hashes (no names, no entries), so that a
 * database restored from a backup can be compared with the original line by line. Nothing depends on it.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = { "shared", "security", "clients", "caseload", "journal", "audit", "insights" })
package org.holdfast.drill;
