package org.holdfast.erasure;

import java.time.LocalDate;

/** The practice's retention rule: records of discharged clients are kept {@code years} after discharge. */
public record Retention(int years, String changedBy, LocalDate changedOn) {
}
