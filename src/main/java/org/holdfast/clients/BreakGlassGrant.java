package org.holdfast.clients;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A practice manager's time-limited access to one client's record, for a reason that is audited. */
@Entity
@Table(name = "break_glass_grant")
class BreakGlassGrant {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Column(name = "client_id", nullable = false)
    private long clientId;

    @Column(nullable = false, length = 500)
    private String reason;

    @Column(name = "opened_at", nullable = false)
    private Instant openedAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    protected BreakGlassGrant() {
    }

    BreakGlassGrant(long accountId, long clientId, String reason, Instant openedAt, Instant expiresAt) {
        this.accountId = accountId;
        this.clientId = clientId;
        this.reason = reason;
        this.openedAt = openedAt;
        this.expiresAt = expiresAt;
    }

    String getReason() {
        return reason;
    }
}
