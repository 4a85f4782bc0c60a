package org.holdfast.journal;

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

/** An unfinished form, kept in the database so it survives a session timeout and a restart. */
@Entity
@Table(name = "journal_draft")
class JournalDraft {

    static final int CONTENT_MAX = 12000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "client_id", nullable = false)
    private long clientId;

    @Enumerated(EnumType.STRING)
    @Column(name = "form_type", nullable = false, length = 30)
    private FormType formType;

    @jakarta.persistence.Convert(converter = SealedTextConverter.class)
    @Column(nullable = false, columnDefinition = "longtext")
    private SealedText content;

    @Column(name = "saved_at", nullable = false)
    private Instant savedAt;

    protected JournalDraft() {
    }

    JournalDraft(long clientId, FormType formType) {
        this.clientId = clientId;
        this.formType = formType;
    }

    void update(String content, Instant at) {
        this.content = SealedText.of(clientId, content);
        this.savedAt = at;
    }

    Instant getSavedAt() {
        return savedAt;
    }

    String getContent() {
        return SealedText.text(content, clientId);
    }
}
