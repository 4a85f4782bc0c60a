package org.holdfast.journal;

/** One day of the client's journal in numbers, for their own progress calendar. */
public record JournalDay(int urgesRiddenOut, int slips, int contactAttempts) {

    static final JournalDay EMPTY = new JournalDay(0, 0, 0);

    JournalDay plusUrgeRiddenOut() {
        return new JournalDay(urgesRiddenOut + 1, slips, contactAttempts);
    }

    JournalDay plusSlip() {
        return new JournalDay(urgesRiddenOut, slips + 1, contactAttempts);
    }

    JournalDay plusContactAttempt() {
        return new JournalDay(urgesRiddenOut, slips, contactAttempts + 1);
    }
}
