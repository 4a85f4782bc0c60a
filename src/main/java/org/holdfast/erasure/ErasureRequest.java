package org.holdfast.erasure;

import java.time.Instant;

import org.holdfast.security.Role;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** One request to erase a client's record and its outcome. Names the client by number only (see V26). */
@Entity
@Table(name = "erasure_request")
class ErasureRequest {

    static final int REASON_MAX = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "client_id", nullable = false, updatable = false)
    private long clientId;

    /** The client's number while the request awaits a decision: the unique index that keeps it to one. */
    @Column(name = "pending_client")
    private Long pendingClient;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private ErasureGrounds grounds;

    @Enumerated(EnumType.STRING)
    @Column(name = "requested_by_role", nullable = false, updatable = false)
    private Role requestedByRole;

    /** A staff member's name; null when the client asked (their name goes with their record). */
    @Column(name = "requested_by_name", updatable = false)
    private String requestedByName;

    @Column(name = "requested_at", nullable = false, updatable = false)
    private Instant requestedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ErasureStatus status;

    @Column(name = "decided_by_name")
    private String decidedByName;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decision_reason", length = REASON_MAX)
    private String decisionReason;

    @Version
    private long version;

    protected ErasureRequest() {
    }

    ErasureRequest(long clientId, ErasureGrounds grounds, Role requestedByRole, String requestedByName, Instant at) {
        this.clientId = clientId;
        this.pendingClient = clientId;
        this.grounds = grounds;
        this.requestedByRole = requestedByRole;
        this.requestedByName = requestedByRole == Role.CLIENT ? null : requestedByName;
        this.requestedAt = at;
        this.status = ErasureStatus.REQUESTED;
    }

    void decide(ErasureStatus outcome, String byName, String reason, Instant at) {
        if (status != ErasureStatus.REQUESTED) {
            throw new IllegalStateException("This request was already decided: " + status.label().toLowerCase(java.util.Locale.ROOT));
        }
        this.status = outcome;
        this.pendingClient = null;
        this.decidedByName = byName;
        this.decisionReason = reason;
        this.decidedAt = at;
    }

    Long getId() {
        return id;
    }

    long getClientId() {
        return clientId;
    }

    ErasureGrounds getGrounds() {
        return grounds;
    }

    Role getRequestedByRole() {
        return requestedByRole;
    }

    String getRequestedByName() {
        return requestedByName;
    }

    Instant getRequestedAt() {
        return requestedAt;
    }

    ErasureStatus getStatus() {
        return status;
    }

    String getDecidedByName() {
        return decidedByName;
    }

    Instant getDecidedAt() {
        return decidedAt;
    }

    String getDecisionReason() {
        return decisionReason;
    }
}
