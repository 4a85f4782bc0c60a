package org.holdfast.shared;

/**
 * The practice's own numbers for a crisis, for any page that must give them: set once by the practice (the safety
 * module holds them), so that no form hard-codes a country's number.
 */
public interface CrisisLines {

    /** One or more numbers to call, as the practice wrote them: "999 / 112". */
    String emergencyNumber();
}
