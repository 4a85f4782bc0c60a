package org.holdfast.security;

import java.time.Clock;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Records a refused attempt as the signed-in person ({@link AccessRefused}), for the service calls and page
 * navigations the portal refuses, and writes it as a {@link SecurityLog} line (the client's id, never content). Nobody signed in is not a refusal to record: that is the log-in page's
 * business, and there is no one to name.
 */
@Component
public class AccessRefusals {

    private static final Logger log = LoggerFactory.getLogger(AccessRefusals.class);

    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AccessRefusals(CurrentUser currentUser, ApplicationEventPublisher events, Clock clock) {
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /** {@code clientId} when the attempt named a client, else null; {@code attempted} names no client content. */
    public void refused(Long clientId, String attempted) {
        currentUser.find().ifPresent(user -> {
            SecurityLog.event("access_refused", "account", user.getUsername(), "role", user.role(), "attempted",
                    attempted, "client", clientId);
            try {
                events.publishEvent(new AccessRefused(user.getUsername(), user.displayName(), user.role(), clientId,
                        attempted, Instant.now(clock)));
            } catch (RuntimeException e) {
                // The refusal stands either way; its record failing must not turn it into another error.
                log.error("A refused attempt could not be written to the audit log", e);
            }
        });
    }
}
