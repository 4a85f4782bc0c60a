package org.holdfast.clients;

import org.holdfast.security.ActivationLink;

/** A new client and the one-time link to hand over to them. */
public record ClientCreated(ClientSummary client, ActivationLink activationLink) {
}
