package org.holdfast.safety;

import org.holdfast.encryption.SealedText;
import org.holdfast.encryption.SealedTextConverter;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A client said they do not feel safe. Open until their clinician resolves it with a note. */
@Entity
@Table(name = "safety_signal")
class SafetySignal {

    static final int NOTE_MAX = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "client_id", nullable = false, updatable = false)
    private long clientId;

    @Column(name = "raised_at", nullable = false, updatable = false)
    private Instant raisedAt;

    @jakarta.persistence.Convert(converter = SealedTextConverter.class)
    @Column(updatable = false, columnDefinition = "longtext")
    private SealedText note;

    @Column(name = "resolved_at")
    private Instant resolvedAt;

    @Column(name = "resolved_by")
    private Long resolvedBy;

    @jakarta.persistence.Convert(converter = SealedTextConverter.class)
    @Column(name = "resolution_note", columnDefinition = "longtext")
    private SealedText resolutionNote;

    /** Two resolutions at once (two tabs) would otherwise overwrite each other's note. */
    @Version
    private long version;

    protected SafetySignal() {
    }

    SafetySignal(long clientId, Instant raisedAt, String note) {
        this.clientId = clientId;
        this.raisedAt = raisedAt;
        this.note = SealedText.of(clientId, note);
    }

    void resolve(long accountId, String resolutionNote, Instant at) {
        if (resolvedAt != null) {
            throw new IllegalStateException("This signal was already resolved");
        }
        this.resolvedBy = accountId;
        this.resolutionNote = SealedText.of(clientId, resolutionNote);
        this.resolvedAt = at;
    }

    Long getId() {
        return id;
    }

    long getClientId() {
        return clientId;
    }

    Instant getRaisedAt() {
        return raisedAt;
    }

    String getNote() {
        return SealedText.text(note, clientId);
    }

    Instant getResolvedAt() {
        return resolvedAt;
    }

    Long getResolvedBy() {
        return resolvedBy;
    }

    String getResolutionNote() {
        return SealedText.text(resolutionNote, clientId);
    }
}
