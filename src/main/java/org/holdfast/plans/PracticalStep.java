package org.holdfast.plans;

/** The practical steps of a plan, ticked off as the client does them. */
public enum PracticalStep {
    BLOCK_NUMBER("Block their number"),
    BLOCK_EMAIL("Block their email address"),
    BLOCK_SOCIAL("Block their social media accounts"),
    PRIVACY_SETTINGS("Set own accounts to private"),
    PASSWORDS("Change passwords"),
    DEVICE_CHECK("Check devices for tracking software"),
    BOX_UP_REMINDERS("Box up photos and gifts"),
    TELL_FRIENDS("Ask friends not to pass on news");

    private final String label;

    PracticalStep(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
