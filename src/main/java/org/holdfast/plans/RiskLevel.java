package org.holdfast.plans;

/** The clinician's view of the risk the other person poses; anything above NONE shows the safety steps. */
public enum RiskLevel {
    NONE("None"),
    LOW("Low"),
    MODERATE("Moderate"),
    HIGH("High");

    private final String label;

    RiskLevel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
