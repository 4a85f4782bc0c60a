package org.holdfast.safety;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One use of urge support and how it ended. A stand-in for the journal's urge entry, which is being
 * built at the same time: after merge these rows should become urges (strength, outcome, time).
 */
@Entity
@Table(name = "sos_session")
class SosSession {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "client_id", nullable = false)
    private long clientId;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "ended_at", nullable = false)
    private Instant endedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private SosOutcome outcome;

    private Integer strength;

    protected SosSession() {
    }

    SosSession(long clientId, Instant startedAt, Instant endedAt, SosOutcome outcome, Integer strength) {
        this.clientId = clientId;
        this.startedAt = startedAt;
        this.endedAt = endedAt;
        this.outcome = outcome;
        this.strength = strength;
    }

    SosRecord toRecord() {
        return new SosRecord(id, clientId, startedAt, endedAt, outcome, strength);
    }
}
