package org.holdfast.clients;

import org.holdfast.encryption.SealedText;
import org.holdfast.encryption.SealedTextConverter;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** One therapy session. The private note is the clinician's alone: never shown or exported to the client. */
@Entity
@Table(name = "therapy_session")
class TherapySession {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "client_id", nullable = false)
    private long clientId;

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Column(name = "duration_minutes", nullable = false)
    private int durationMinutes;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private SessionStatus status;

    @jakarta.persistence.Convert(converter = SealedTextConverter.class)
    @Column(name = "private_note", columnDefinition = "longtext")
    private SealedText privateNote;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected TherapySession() {
    }

    TherapySession(long clientId, Instant createdAt) {
        this.clientId = clientId;
        this.createdAt = createdAt;
        this.status = SessionStatus.SCHEDULED;
    }

    void apply(Instant startsAt, SessionForm form) {
        this.startsAt = startsAt;
        this.durationMinutes = form.getDurationMinutes();
        this.status = form.getStatus();
        this.privateNote = form.getPrivateNote() == null || form.getPrivateNote().isBlank() ? null
                : SealedText.of(clientId, form.getPrivateNote().strip());
    }

    Long getId() {
        return id;
    }

    long getClientId() {
        return clientId;
    }

    Instant getStartsAt() {
        return startsAt;
    }

    int getDurationMinutes() {
        return durationMinutes;
    }

    SessionStatus getStatus() {
        return status;
    }

    String getPrivateNote() {
        return SealedText.text(privateNote, clientId);
    }

    long getVersion() {
        return version;
    }
}
