package org.holdfast.journal;

/** Who started the contact in a slip. Indirect contact counts too. */
public enum SlipDirection {
    REACHED_OUT("I reached out"),
    REPLIED("I replied to them"),
    INDIRECT("Indirect (checked their profile, asked friends about them)");

    private final String label;

    SlipDirection(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
