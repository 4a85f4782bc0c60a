package org.holdfast.journal;

import java.time.Instant;

/** Slips logged with the slip form, per client, for the caseload. */
record SlipStats(long clientId, Instant lastSlip, long recentSlips) {
}
