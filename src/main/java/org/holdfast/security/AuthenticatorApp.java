package org.holdfast.security;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** An account's authenticator app: its shared secret (encrypted) and the last time step a code was accepted for. */
@Entity
class AuthenticatorApp {

    @Id
    @Column(name = "account_id")
    private Long accountId;

    @Column(name = "secret_encrypted", nullable = false)
    private String secretEncrypted;

    /** A code is accepted only for a later step than this, so one code (or an older one) never works twice. */
    @Column(name = "last_used_step", nullable = false)
    private long lastUsedStep;

    @Column(name = "added_at", nullable = false)
    private Instant addedAt;

    protected AuthenticatorApp() {
    }

    AuthenticatorApp(long accountId, String secretEncrypted, long confirmedStep, Instant addedAt) {
        this.accountId = accountId;
        this.secretEncrypted = secretEncrypted;
        this.lastUsedStep = confirmedStep;
        this.addedAt = addedAt;
    }

    String getSecretEncrypted() {
        return secretEncrypted;
    }

    long getLastUsedStep() {
        return lastUsedStep;
    }

    void usedAt(long step) {
        this.lastUsedStep = step;
    }

    Instant getAddedAt() {
        return addedAt;
    }
}
