package org.holdfast.insights;

/** The stretch of time the insights page looks at. */
public enum InsightsPeriod {
    SINCE_LAST_SESSION("Since last session"),
    DAYS_30("30 days"),
    DAYS_90("90 days"),
    PLAN("Whole plan");

    private final String label;

    InsightsPeriod(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
