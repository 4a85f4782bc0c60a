package org.holdfast.journal;

import java.time.Instant;
import java.time.LocalDate;

/** A check-in as pages and reports show it. */
public record CheckInEntry(LocalDate date, int mood, int urge, boolean slipped, String note, Instant receivedAt) {

    /**
     * As the consented query selects it: the note still as stored, and whose check-in it is, so that a note moved in
     * from another client's row reads as unreadable (Hibernate picks this constructor by its types).
     */
    public CheckInEntry(LocalDate date, int mood, int urge, boolean slipped, org.holdfast.encryption.SealedText note,
            Instant receivedAt, long owner) {
        this(date, mood, urge, slipped, org.holdfast.encryption.SealedText.text(note, owner), receivedAt);
    }

    static CheckInEntry of(CheckIn c) {
        return new CheckInEntry(c.getEntryDate(), c.getMood(), c.getUrge(), c.isSlipped(), c.getNote(), c.getReceivedAt());
    }
}
