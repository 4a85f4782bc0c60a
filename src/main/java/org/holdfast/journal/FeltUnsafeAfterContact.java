package org.holdfast.journal;

/**
 * A client logged a contact attempt and said they feel unsafe. Published whatever the client shares of their
 * journal: a safety flag is not journal content, and the safety module raises one for their clinician.
 */
public record FeltUnsafeAfterContact(long clientId, long attemptId, int safety) {
}
