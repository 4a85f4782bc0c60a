package org.holdfast.security;

import java.time.Instant;

/**
 * A freshly made activation link for a new client. The token is shown once, to the clinician who
 * passes it on; the portal keeps only its hash.
 */
public record ActivationLink(long accountId, String token, Instant expiresAt) {

    public String path() {
        return "activate/" + token;
    }
}
