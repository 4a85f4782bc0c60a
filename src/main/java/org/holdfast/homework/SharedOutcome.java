package org.holdfast.homework;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An outcome as the clinician sees it. {@code reflection} is null unless the client chose to share
 * it: an unshared reflection never leaves the service.
 */
public record SharedOutcome(LocalDate date, Outcome outcome, String reflection, String reason, Instant recordedAt) {
}
