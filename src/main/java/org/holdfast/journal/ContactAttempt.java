package org.holdfast.journal;

import org.holdfast.encryption.SealedText;
import org.holdfast.encryption.SealedTextConverter;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.holdfast.plans.Channel;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One record in a client's evidence chain. Append-only: no setters for content; a correction is a new
 * record naming the one it corrects. Only {@code shared} (consent, not evidence) may change and is
 * therefore outside the hash.
 */
@Entity
@Table(name = "contact_attempt")
class ContactAttempt {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "client_id", nullable = false)
    private long clientId;

    @Column(nullable = false)
    private int seq;

    @Column(name = "submission_id", nullable = false, length = 36)
    private String submissionId;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Channel channel;

    @jakarta.persistence.Convert(converter = SealedTextConverter.class)
    @Column(nullable = false, columnDefinition = "longtext")
    private SealedText sender;

    @Column(name = "via_third_party", nullable = false)
    private boolean viaThirdParty;

    @jakarta.persistence.Convert(converter = SealedTextConverter.class)
    @Column(nullable = false, columnDefinition = "longtext")
    private SealedText content;

    @Column(nullable = false)
    private boolean responded;

    @Column(nullable = false)
    private int safety;

    @Column(name = "corrects_id")
    private Long correctsId;

    @jakarta.persistence.Convert(converter = SealedTextConverter.class)
    @Column(name = "correction_reason", columnDefinition = "longtext")
    private SealedText correctionReason;

    @Column(nullable = false)
    private boolean shared;

    @Column(name = "prev_hash", length = 64)
    private String prevHash;

    @Column(nullable = false, length = 64)
    private String hash;

    protected ContactAttempt() {
    }

    ContactAttempt(long clientId, int seq, ContactAttemptForm form, Instant occurredAt, Instant receivedAt,
            Long correctsId, String correctionReason, boolean shared, String prevHash) {
        this.clientId = clientId;
        this.seq = seq;
        this.submissionId = form.getSubmissionId();
        // Whole seconds: Connector/J sends no fractional seconds to MariaDB (it reports itself as MySQL
        // 5.5.5), so anything finer would not survive the round trip and every hash would look broken.
        this.occurredAt = occurredAt.truncatedTo(ChronoUnit.SECONDS);
        this.receivedAt = receivedAt.truncatedTo(ChronoUnit.SECONDS);
        this.channel = form.getChannel();
        this.sender = SealedText.of(clientId, form.getSender());
        this.viaThirdParty = form.isViaThirdParty();
        this.content = SealedText.of(clientId, form.getContent());
        this.responded = form.isResponded();
        this.safety = form.getSafety();
        this.correctsId = correctsId;
        this.correctionReason = SealedText.of(clientId, correctionReason);
        this.shared = shared;
        this.prevHash = prevHash;
        this.hash = EvidenceChain.hash(this);
    }

    void setShared(boolean shared) {
        this.shared = shared;
    }

    Long getId() {
        return id;
    }

    long getClientId() {
        return clientId;
    }

    int getSeq() {
        return seq;
    }

    String getSubmissionId() {
        return submissionId;
    }

    Instant getOccurredAt() {
        return occurredAt;
    }

    Instant getReceivedAt() {
        return receivedAt;
    }

    Channel getChannel() {
        return channel;
    }

    String getSender() {
        return SealedText.text(sender, clientId);
    }

    boolean isViaThirdParty() {
        return viaThirdParty;
    }

    String getContent() {
        return SealedText.text(content, clientId);
    }

    boolean isResponded() {
        return responded;
    }

    int getSafety() {
        return safety;
    }

    Long getCorrectsId() {
        return correctsId;
    }

    String getCorrectionReason() {
        return SealedText.text(correctionReason, clientId);
    }

    boolean isShared() {
        return shared;
    }

    String getPrevHash() {
        return prevHash;
    }

    String getHash() {
        return hash;
    }
}
