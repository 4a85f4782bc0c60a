/**
 * What the journal adds up to: for now the client's own progress (days without contact, longest
 * stretch, the plan so far, high-risk dates ahead). Reads other modules through their services only.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = { "shared", "security", "clients", "plans", "journal", "safety", "safety :: ui" })
package org.holdfast.insights;
