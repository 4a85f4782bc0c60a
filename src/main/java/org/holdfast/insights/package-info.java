/**
 * What the journal adds up to: the client's own progress (days without contact, longest stretch, the plan
 * so far, high-risk dates ahead), the clinician's insights page (patterns over consented numbers) with
 * the one chart engine that draws them as SVG for the page and as images for the PDFs, and the caseload's
 * risk flags with the practice's thresholds for them. Reads other modules through their services only.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = { "shared", "security", "clients", "clients :: ui", "plans", "journal", "consent",
                "homework", "safety", "safety :: ui", "measures" })
package org.holdfast.insights;
