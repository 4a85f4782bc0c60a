/**
 * What the journal adds up to: the client's own progress (days without contact, longest stretch, the plan
 * so far, high-risk dates ahead) and the clinician's insights page (patterns over consented numbers) with
 * the one chart engine that draws them as SVG for the page and as images for the PDFs. Reads other
 * modules through their services only.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = { "shared", "security", "clients", "clients :: ui", "plans", "journal", "consent",
                "safety", "safety :: ui" })
package org.holdfast.insights;
