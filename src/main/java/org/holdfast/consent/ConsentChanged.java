package org.holdfast.consent;

import java.time.Instant;

/** The client changed what they share; it applies at once. */
public record ConsentChanged(long clientId, SharingLevel from, SharingLevel to, boolean shareContactLog, Instant at) {
}
