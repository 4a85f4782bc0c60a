/**
 * The clinician's caseload and the client record page: composes clients, plans and the journal
 * (read-only) and offers the reports. Downstream of every clinical module; nothing depends on it.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = { "shared", "security", "clients", "clients :: ui", "plans", "journal", "consent", "homework", "reports", "reports :: ui", "safety", "insights", "measures", "measures :: ui" })
package org.holdfast.caseload;
