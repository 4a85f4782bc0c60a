package org.holdfast.security;

import java.time.Instant;

/**
 * A freshly made one-time link: a new account's activation, or the manager's password reset ({@code reset}).
 * The token is shown once, to the person who passes it on; the portal keeps only its hash.
 */
public record ActivationLink(long accountId, String token, Instant expiresAt, boolean reset) {

    public ActivationLink(long accountId, String token, Instant expiresAt) {
        this(accountId, token, expiresAt, false);
    }

    public String path() {
        return (reset ? "reset/" : "activate/") + token;
    }
}
