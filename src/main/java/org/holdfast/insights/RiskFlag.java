package org.holdfast.insights;

import java.time.LocalDate;

/**
 * One reason a client may need their clinician soon, with a short reason in plain words ("3 slips since
 * Sat 14 Nov"). {@code severity} orders flags and clients: a safety signal first, a threatening contact
 * next, then the journal's patterns, then the paperwork. {@code since} is the day the flag's story
 * starts, when it has one.
 */
public record RiskFlag(Kind kind, String reason, int severity, LocalDate since) {

    public enum Kind {
        SAFETY_SIGNAL("Not feeling safe", 100),
        CONTACT_ESCALATING("Contact escalating", 40),
        /** A questionnaire score reliably worse than the last one or the baseline (PHQ-9 +6, GAD-7 +4, WHO-5 -10). */
        SCORES_WORSE("Scores worse", 35),
        SLIPPING("Slipping again", 30),
        RISING_URGES("Urges rising", 20),
        HIGH_RISK_DATE("Hard date ahead", 15),
        GONE_QUIET("Gone quiet", 10),
        HOMEWORK_OVERDUE("Homework overdue", 5),
        REVIEW_DUE("Review due", 5);

        private final String label;
        private final int severity;

        Kind(String label, int severity) {
            this.label = label;
            this.severity = severity;
        }

        public String label() {
            return label;
        }

        public int severity() {
            return severity;
        }
    }

    /** A contact attempt that left the client feeling unsafe ranks just below their own safety signal. */
    static final int THREAT_SEVERITY = 80;

    static RiskFlag of(Kind kind, String reason, LocalDate since) {
        return new RiskFlag(kind, reason, kind.severity(), since);
    }

    public String label() {
        return kind.label();
    }
}
