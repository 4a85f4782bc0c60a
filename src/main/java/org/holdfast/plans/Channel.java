package org.holdfast.plans;

/** A way of being in contact. A plan normally cuts all of them. */
public enum Channel {
    IN_PERSON("In person", "in person"),
    PHONE("Phone", "by phone"),
    TEXT("Text / messaging", "by text or messaging apps"),
    EMAIL("Email", "by email"),
    SOCIAL_MEDIA("Social media", "on social media"),
    THIRD_PARTY("Third party", "through other people"),
    OTHER("Other", "through gifts, letters or cards");

    private final String label;
    private final String phrase;

    Channel(String label, String phrase) {
        this.label = label;
        this.phrase = phrase;
    }

    public String label() {
        return label;
    }

    /** How the channel reads inside a sentence: "You're not contacting J. by phone". */
    public String phrase() {
        return phrase;
    }
}
