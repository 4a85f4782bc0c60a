package org.holdfast.journal;

import org.holdfast.encryption.SealedText;
import org.holdfast.encryption.SealedTextConverter;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** One check-in per client and day; saving again on the same day updates it. */
@Entity
@Table(name = "check_in")
public class CheckIn {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "client_id", nullable = false)
    private long clientId;

    @Column(name = "entry_date", nullable = false)
    private LocalDate entryDate;

    private int mood;

    private int urge;

    private boolean slipped;

    @jakarta.persistence.Convert(converter = SealedTextConverter.class)
    @Column(columnDefinition = "longtext")
    private SealedText note;

    /** Whether the note is shared with the clinician at the "numbers and shared entries" level. */
    @Column(nullable = false)
    private boolean shared;

    /** When the client says it happened. */
    @Column(name = "logged_at", nullable = false)
    private Instant loggedAt;

    /** When the server received it. */
    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    @Version
    private long version;

    protected CheckIn() {
    }

    CheckIn(long clientId, LocalDate entryDate) {
        this.clientId = clientId;
        this.entryDate = entryDate;
    }

    void apply(CheckInForm form, Instant now, boolean sharedByDefault) {
        this.shared = form.getShared() == null ? sharedByDefault : form.getShared();
        this.mood = form.getMood();
        this.urge = form.getUrge();
        this.slipped = form.isSlipped();
        this.note = form.getNote() == null || form.getNote().isBlank() ? null : SealedText.of(clientId, form.getNote().strip());
        this.loggedAt = now;
        this.receivedAt = now;
    }

    public Long getId() {
        return id;
    }

    public long getClientId() {
        return clientId;
    }

    public LocalDate getEntryDate() {
        return entryDate;
    }

    public int getMood() {
        return mood;
    }

    public int getUrge() {
        return urge;
    }

    public boolean isSlipped() {
        return slipped;
    }

    public boolean isShared() {
        return shared;
    }

    void setShared(boolean shared) {
        this.shared = shared;
    }

    public String getNote() {
        return SealedText.text(note, clientId);
    }

    public Instant getLoggedAt() {
        return loggedAt;
    }

    public Instant getReceivedAt() {
        return receivedAt;
    }
}
