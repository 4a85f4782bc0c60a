/**
 * The client's whole record as one ZIP: a JSON file per kind of record with a published, versioned schema, the
 * journal as CSV, and the plan and evidence PDFs (GDPR articles 15 and 20, and a clinician's transfer of care).
 * Downstream of every content module: it asks each module's service for its part, so consent and access are
 * the modules' own, and it reads no table itself.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = { "shared", "security", "clients", "clients :: ui", "journal", "consent", "consent :: ui",
                "plans", "homework", "safety", "measures", "reports", "reports :: ui", "erasure", "erasure :: ui" })
package org.holdfast.export;
