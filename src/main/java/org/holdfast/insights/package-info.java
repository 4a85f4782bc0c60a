/**
 * What the journal adds up to: for now the client's own progress (days without contact, longest
 * stretch, the plan so far, high-risk dates ahead), and the caseload's risk flags with the practice's
 * thresholds for them. Reads other modules through their services only.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = { "shared", "security", "clients", "plans", "journal", "safety", "safety :: ui", "homework" })
package org.holdfast.insights;
