package org.holdfast.journal;

/**
 * The result of checking a client's contact-attempt log: intact, or the first record that is missing
 * or was changed ({@code firstBrokenSeq}), with a sentence saying what is wrong.
 */
public record ChainVerification(long clientId, boolean intact, int records, Integer firstBrokenSeq, String problem) {

    static ChainVerification intact(long clientId, int records) {
        return new ChainVerification(clientId, true, records, null, null);
    }

    static ChainVerification broken(long clientId, int records, int firstBrokenSeq, String problem) {
        return new ChainVerification(clientId, false, records, firstBrokenSeq, problem);
    }
}
