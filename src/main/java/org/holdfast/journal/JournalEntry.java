package org.holdfast.journal;

import org.holdfast.encryption.SealedText;
import org.holdfast.encryption.SealedTextConverter;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

import org.holdfast.plans.Channel;
import org.holdfast.plans.ExceptionReason;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** An urge, a slip or contact inside a plan exception. Every slip is kept; only the share flag changes. */
@Entity
@Table(name = "journal_entry")
class JournalEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "client_id", nullable = false)
    private long clientId;

    @Column(name = "submission_id", nullable = false, length = 36)
    private String submissionId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private EntryType kind;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    private Integer strength;

    @Convert(converter = TriggersConverter.class)
    @Column(length = 300)
    private Set<Trigger> triggers = EnumSet.noneOf(Trigger.class);

    @jakarta.persistence.Convert(converter = SealedTextConverter.class)
    @Column(name = "did_instead", columnDefinition = "longtext")
    private SealedText didInstead;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private UrgeOutcome outcome;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private Channel channel;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private SlipDirection direction;

    @Enumerated(EnumType.STRING)
    @Column(name = "exception_reason", length = 30)
    private ExceptionReason exceptionReason;

    @jakarta.persistence.Convert(converter = SealedTextConverter.class)
    @Column(name = "what_happened", columnDefinition = "longtext")
    private SealedText whatHappened;

    @jakarta.persistence.Convert(converter = SealedTextConverter.class)
    @Column(name = "feel_now", columnDefinition = "longtext")
    private SealedText feelNow;

    @Column(nullable = false)
    private boolean shared;

    @Version
    private long version;

    protected JournalEntry() {
    }

    private JournalEntry(long clientId, String submissionId, EntryType kind, Instant occurredAt, Instant receivedAt,
            boolean shared) {
        this.clientId = clientId;
        this.submissionId = submissionId;
        this.kind = kind;
        this.occurredAt = occurredAt;
        this.receivedAt = receivedAt;
        this.shared = shared;
    }

    static JournalEntry urge(long clientId, UrgeForm form, Instant occurredAt, Instant receivedAt, boolean shared) {
        JournalEntry e = new JournalEntry(clientId, form.getSubmissionId(), EntryType.URGE, occurredAt, receivedAt, shared);
        e.strength = form.getStrength();
        e.triggers = EnumSet.noneOf(Trigger.class);
        e.triggers.addAll(form.getTriggers());
        e.didInstead = SealedText.of(e.clientId, JournalForm.tidy(form.getDidInstead()));
        e.outcome = form.getOutcome();
        return e;
    }

    static JournalEntry slip(long clientId, SlipForm form, boolean permitted, Instant occurredAt, Instant receivedAt,
            boolean shared) {
        JournalEntry e = new JournalEntry(clientId, form.getSubmissionId(),
                permitted ? EntryType.PERMITTED_CONTACT : EntryType.SLIP, occurredAt, receivedAt, shared);
        e.channel = form.getChannel();
        e.direction = form.getDirection();
        e.triggers = EnumSet.noneOf(Trigger.class);
        e.triggers.addAll(form.getTriggers());
        e.exceptionReason = permitted ? form.getException() : null;
        e.whatHappened = SealedText.of(e.clientId, JournalForm.tidy(form.getWhatHappened()));
        e.feelNow = SealedText.of(e.clientId, JournalForm.tidy(form.getFeelNow()));
        return e;
    }

    /** The note's words are kept where a slip keeps what happened: the one free text such an entry has. */
    static JournalEntry note(long clientId, OfflineNoteForm form, Instant occurredAt, Instant receivedAt, boolean shared) {
        JournalEntry e = new JournalEntry(clientId, form.getSubmissionId(), EntryType.NOTE, occurredAt, receivedAt, shared);
        e.whatHappened = SealedText.of(e.clientId, JournalForm.tidy(form.getText()));
        return e;
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

    EntryType getKind() {
        return kind;
    }

    Instant getOccurredAt() {
        return occurredAt;
    }

    Instant getReceivedAt() {
        return receivedAt;
    }

    Integer getStrength() {
        return strength;
    }

    Set<Trigger> getTriggers() {
        return triggers;
    }

    String getDidInstead() {
        return SealedText.text(didInstead, clientId);
    }

    UrgeOutcome getOutcome() {
        return outcome;
    }

    Channel getChannel() {
        return channel;
    }

    SlipDirection getDirection() {
        return direction;
    }

    ExceptionReason getExceptionReason() {
        return exceptionReason;
    }

    String getWhatHappened() {
        return SealedText.text(whatHappened, clientId);
    }

    String getFeelNow() {
        return SealedText.text(feelNow, clientId);
    }

    boolean isShared() {
        return shared;
    }
}
