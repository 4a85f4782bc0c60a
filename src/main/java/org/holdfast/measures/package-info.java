/**
 * Measurement-based care: the standard PHQ-9, GAD-7 and WHO-5 questionnaires with their published items, scoring,
 * severity bands and reliable-change thresholds; assignments to a client on a schedule (as homework is assigned);
 * the client's answers, drafts and scores. Scores are shared with the clinician by their nature, whatever the
 * journal's sharing level, and a PHQ-9 item 9 answer above "Not at all" raises a safety signal through
 * {@link org.holdfast.safety.SafetyService}. Reads for anyone but the client publish
 * {@link org.holdfast.security.ContentRead} through {@code ClientService.readFor}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "security", "clients",
        "clients :: ui", "safety", "safety :: ui" })
package org.holdfast.measures;
