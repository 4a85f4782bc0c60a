package org.holdfast.consent;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** One row per client who has chosen; absent means the default. */
@Entity
@Table(name = "journal_consent")
class JournalConsent {

    @Id
    @Column(name = "client_id")
    private Long clientId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private SharingLevel level;

    @Column(name = "share_contact_log", nullable = false)
    private boolean shareContactLog;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Version
    private long version;

    protected JournalConsent() {
    }

    JournalConsent(long clientId) {
        this.clientId = clientId;
    }

    void change(SharingLevel level, boolean shareContactLog, Instant at) {
        this.level = level;
        this.shareContactLog = shareContactLog;
        this.changedAt = at;
    }

    ConsentState toState() {
        return new ConsentState(clientId, level, shareContactLog, changedAt);
    }

    long getClientId() {
        return clientId;
    }

    SharingLevel getLevel() {
        return level;
    }
}
