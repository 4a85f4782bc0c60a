package org.holdfast.shared;

/**
 * Counted words in the portal's sentences, so no screen or report says "1 slips" or "2 was".
 * English only for now: the portal's text is English whatever the practice's date locale.
 */
public final class Words {

    private Words() {
    }

    /** "1 slip", "3 slips", "0 slips". */
    public static String count(long n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    /** "slip" or "slips", for sentences that put the number elsewhere. */
    public static String noun(long n, String one, String many) {
        return n == 1 ? one : many;
    }

    /** "was" or "were", agreeing with a count. */
    public static String was(long n) {
        return n == 1 ? "was" : "were";
    }

    /** "is" or "are", agreeing with a count. */
    public static String is(long n) {
        return n == 1 ? "is" : "are";
    }
}
