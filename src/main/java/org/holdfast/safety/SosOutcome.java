package org.holdfast.safety;

/** How an urge support session ended. Mirrors the journal's urge outcomes, so it can become one after merge. */
public enum SosOutcome {
    RESISTED("I didn't make contact"),
    DELAYED("I'm holding off for now"),
    SLIPPED("I made contact");

    private final String label;

    SosOutcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
