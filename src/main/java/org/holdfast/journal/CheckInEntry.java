package org.holdfast.journal;

import java.time.Instant;
import java.time.LocalDate;

/** A check-in as pages and reports show it. */
public record CheckInEntry(LocalDate date, int mood, int urge, boolean slipped, String note, Instant receivedAt) {

    /** As the consented query selects it, the note still as stored (Hibernate picks this constructor by type). */
    public CheckInEntry(LocalDate date, int mood, int urge, boolean slipped, org.holdfast.encryption.SealedText note,
            Instant receivedAt) {
        this(date, mood, urge, slipped, org.holdfast.encryption.SealedText.text(note), receivedAt);
    }

    static CheckInEntry of(CheckIn c) {
        return new CheckInEntry(c.getEntryDate(), c.getMood(), c.getUrge(), c.isSlipped(), c.getNote(), c.getReceivedAt());
    }
}
