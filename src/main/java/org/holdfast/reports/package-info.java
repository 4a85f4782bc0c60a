/**
 * PDFs from the JasperReports templates in the repo's top-level {@code reports/} folder, filled from
 * JavaBean data that the services build (no SQL in templates), rendered off the UI lock on a capped
 * queue. Read-only over the clinical modules. Pages of upstream modules link to the report pages here
 * through {@link org.holdfast.clients.RecordSection} (or, for a client's own pages, by an address the
 * route walk checks), so none of them depends on this module.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = { "shared", "audit", "security", "security :: ui", "clients", "clients :: ui", "plans", "plans :: ui", "journal", "journal :: ui", "consent", "insights", "homework", "safety", "measures" })
package org.holdfast.reports;
