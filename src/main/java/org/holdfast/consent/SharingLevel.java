package org.holdfast.consent;

/** How much of the journal the client shares with their clinician. Stored by name; the journal's queries compare names. */
public enum SharingLevel {
    NOTHING("Nothing", "nothing", "Your clinician sees nothing from your journal, not even numbers."),
    NUMBERS_ONLY("Numbers only", "numbers only",
            "Your clinician sees your mood and urge numbers and how many slips and contact attempts you logged. No words you wrote."),
    NUMBERS_AND_SHARED_ENTRIES("Numbers and the entries I mark as shared", "numbers and the entries they mark as shared",
            "Numbers as above, and the words of the entries you mark \"share\". Everything else stays private."),
    EVERYTHING("Everything", "everything", "Your clinician can read all your journal entries, including what you wrote.");

    private final String label;
    private final String asSeenByClinician;
    private final String explanation;

    SharingLevel(String label, String asSeenByClinician, String explanation) {
        this.label = label;
        this.asSeenByClinician = asSeenByClinician;
        this.explanation = explanation;
    }

    /** How the clinician's pages name the level, inside a sentence. */
    public String asSeenByClinician() {
        return asSeenByClinician;
    }

    public String label() {
        return label;
    }

    public String explanation() {
        return explanation;
    }

    public boolean allowsNumbers() {
        return this != NOTHING;
    }

    /**
     * Whether the clinician reads words the client wrote, given whether the client marked them shared: the
     * journal's rule (its queries apply the same in SQL), used for words outside the journal such as
     * homework reflections.
     */
    public boolean letsWordsThrough(boolean markedShared) {
        return switch (this) {
            case NOTHING, NUMBERS_ONLY -> false;
            case NUMBERS_AND_SHARED_ENTRIES -> markedShared;
            case EVERYTHING -> true;
        };
    }

    /** What a new entry's share flag starts as: shared when everything is shared, private otherwise. */
    public boolean sharesNewEntries() {
        return this == EVERYTHING;
    }
}
