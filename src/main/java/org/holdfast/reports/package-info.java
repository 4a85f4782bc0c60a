/**
 * PDFs from the JasperReports templates in the repo's top-level {@code reports/} folder, filled from
 * JavaBean data that the services build (no SQL in templates). Read-only over the clinical modules.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = { "shared", "security", "clients", "plans", "journal", "insights" })
package org.holdfast.reports;
