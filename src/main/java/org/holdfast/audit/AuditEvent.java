package org.holdfast.audit;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Append-only: there is no setter and no delete. */
@Entity
@Table(name = "audit_event")
public class AuditEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(nullable = false)
    private String actor;

    @Column(name = "client_id", nullable = false)
    private long clientId;

    @Column(nullable = false)
    private String action;

    private String reason;

    protected AuditEvent() {
    }

    AuditEvent(Instant occurredAt, String actor, long clientId, String action, String reason) {
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.clientId = clientId;
        this.action = action;
        this.reason = reason;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }

    public long getClientId() {
        return clientId;
    }

    public String getAction() {
        return action;
    }

    public String getReason() {
        return reason;
    }
}
