package org.holdfast.consent;

import java.time.Instant;

/**
 * The client's current consent. {@code changedAt} is null while the client has never chosen: the
 * default then is {@link ConsentService#DEFAULT_LEVEL} with the contact log private.
 */
public record ConsentState(long clientId, SharingLevel level, boolean shareContactLog, Instant changedAt) {

    public boolean chosen() {
        return changedAt != null;
    }

    /** One line for the clinician's header: "Shares: numbers only · contact-attempt log: private". */
    public String summary() {
        return "Shares: " + level.asSeenByClinician() + " · contact-attempt log: "
                + (shareContactLog ? "shared" : "private") + (chosen() ? "" : " (not chosen yet, default)");
    }
}
