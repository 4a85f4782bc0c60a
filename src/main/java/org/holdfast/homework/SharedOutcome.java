package org.holdfast.homework;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An outcome as the clinician sees it. {@code reflection} and {@code reason} are null unless the client's
 * sharing level lets their words through (see {@code SharingLevel.letsWordsThrough}): words kept
 * private never leave the service.
 */
public record SharedOutcome(LocalDate date, Outcome outcome, String reflection, String reason, Instant recordedAt) {
}
