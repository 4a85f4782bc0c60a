package org.holdfast.consent;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Append-only: who changed consent, when, from what to what. */
@Entity
@Table(name = "consent_change")
class ConsentHistory {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "client_id", nullable = false)
    private long clientId;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Column(name = "changed_by", nullable = false, length = 120)
    private String changedBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_level", nullable = false, length = 30)
    private SharingLevel fromLevel;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_level", nullable = false, length = 30)
    private SharingLevel toLevel;

    @Column(name = "from_contact_log", nullable = false)
    private boolean fromContactLog;

    @Column(name = "to_contact_log", nullable = false)
    private boolean toContactLog;

    protected ConsentHistory() {
    }

    ConsentHistory(long clientId, Instant changedAt, String changedBy, SharingLevel fromLevel, SharingLevel toLevel,
            boolean fromContactLog, boolean toContactLog) {
        this.clientId = clientId;
        this.changedAt = changedAt;
        this.changedBy = changedBy;
        this.fromLevel = fromLevel;
        this.toLevel = toLevel;
        this.fromContactLog = fromContactLog;
        this.toContactLog = toContactLog;
    }

    ConsentChange toChange() {
        return new ConsentChange(changedAt, changedBy, fromLevel, toLevel, fromContactLog, toContactLog);
    }
}
