package org.holdfast.journal;

/** The kinds of journal entry, as lists and filters name them. */
public enum EntryType {
    CHECK_IN("Check-in"),
    URGE("Urge"),
    SLIP("Slip"),
    PERMITTED_CONTACT("Permitted contact"),
    CONTACT_ATTEMPT("Contact attempt"),
    /** Written on the device without a connection, and kept in the journal once the client chose to. */
    NOTE("Note");

    private final String label;

    EntryType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
