package org.holdfast.security;

import org.springframework.security.access.AccessDeniedException;

/** Refused access to one client's record; carries the client, so the refusal can be audited against it. */
public class ClientAccessDeniedException extends AccessDeniedException {

    private final long clientId;

    public ClientAccessDeniedException(long clientId, String message) {
        super(message);
        this.clientId = clientId;
    }

    public long getClientId() {
        return clientId;
    }
}
