package org.holdfast.measures;

/** What submitting a measure did: the score, and whether it raised a safety flag (now or earlier, from the draft). */
public record Submitted(MeasureScore score, boolean safetyResponse, boolean alreadyStored) {
}
