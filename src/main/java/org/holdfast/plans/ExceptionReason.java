package org.holdfast.plans;

/** Why some contact cannot stop. Contact inside an exception is not a slip. */
public enum ExceptionReason {
    CO_PARENTING("Co-parenting"),
    WORKPLACE("Shared workplace"),
    SHARED_PROPERTY_OR_PET("Shared property or pet");

    private final String label;

    ExceptionReason(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
