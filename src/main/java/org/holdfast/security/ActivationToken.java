package org.holdfast.security;

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
 * A one-time link to set a password: a new account's first one, or the manager's reset of an existing account's.
 * Only the SHA-256 of the token is stored.
 */
@Entity
@Table(name = "activation_token")
class ActivationToken {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Column(name = "token_hash", nullable = false, length = 64)
    private String tokenHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    /** What the link does: open a new account, or set a new password on an existing one. */
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Purpose purpose = Purpose.ACTIVATION;

    enum Purpose {
        ACTIVATION, PASSWORD_RESET
    }

    protected ActivationToken() {
    }

    ActivationToken(long accountId, String tokenHash, Instant createdAt, Instant expiresAt) {
        this(accountId, tokenHash, createdAt, expiresAt, Purpose.ACTIVATION);
    }

    ActivationToken(long accountId, String tokenHash, Instant createdAt, Instant expiresAt, Purpose purpose) {
        this.purpose = purpose;
        this.accountId = accountId;
        this.tokenHash = tokenHash;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    boolean usableAt(Instant now) {
        return usedAt == null && now.isBefore(expiresAt);
    }

    void use(Instant now) {
        this.usedAt = now;
    }

    /** Superseded by a newer link: it stops working at once. */
    void revoke(Instant now) {
        if (usedAt == null) {
            this.expiresAt = now;
        }
    }

    Purpose getPurpose() {
        return purpose;
    }

    long getAccountId() {
        return accountId;
    }

    Instant getExpiresAt() {
        return expiresAt;
    }
}
