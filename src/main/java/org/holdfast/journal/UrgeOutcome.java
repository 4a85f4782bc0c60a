package org.holdfast.journal;

/** How an urge went. Every one of them is worth logging. */
public enum UrgeOutcome {
    RESISTED("It passed without contact"),
    DELAYED("I put it off"),
    SLIPPED("I made contact");

    private final String label;

    UrgeOutcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
