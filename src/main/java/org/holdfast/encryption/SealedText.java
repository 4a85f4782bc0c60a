package org.holdfast.encryption;

import java.io.Serializable;
import java.util.Objects;

/**
 * A client's text as an entity holds it: the text and whose it is, so that it is stored encrypted under that client's
 * key ({@link SealedTextConverter}). Entities keep their getters and setters in plain strings and wrap and unwrap
 * with {@link #of} and {@link #text(SealedText)}.
 *
 * <p>Text that was read but could not be decrypted (damaged, or its key destroyed), or that was stored before
 * encryption, remembers what was stored, so that saving its entity for another reason writes it back unchanged.
 */
@org.hibernate.annotations.Immutable
public final class SealedText implements Serializable {

    /** What a person sees in place of a text that cannot be decrypted. */
    public static final String UNREADABLE = "[This text cannot be read: it was damaged, or its key is gone]";

    private final long clientId;
    private final String text;
    /** The column's value to write back as it was: for text that could not be decrypted or predates encryption. */
    private final String stored;

    private SealedText(long clientId, String text, String stored) {
        this.clientId = clientId;
        this.text = text;
        this.stored = stored;
    }

    /** The client's text to be stored encrypted; null for none. */
    public static SealedText of(long clientId, String text) {
        return text == null ? null : new SealedText(clientId, text, null);
    }

    /** The plain text, or null. */
    public static String text(SealedText sealed) {
        return sealed == null ? null : sealed.text;
    }

    /**
     * The plain text of {@code owner}'s field, or null. Ciphertext names the client it was encrypted for (and is bound
     * to them): one copied by hand into another client's row opens, but is not that client's, and reads as
     * unreadable. Text stored before encryption (no client) is left to the one-off sealing at start.
     */
    public static String text(SealedText sealed, long owner) {
        if (sealed == null) {
            return null;
        }
        if (sealed.clientId != 0 && sealed.clientId != owner) {
            org.slf4j.LoggerFactory.getLogger(SealedText.class).warn("A text of client #{} was found in a row of client "
                    + "#{} (moved in the database); it reads as unreadable", sealed.clientId, owner);
            return UNREADABLE;
        }
        return sealed.text;
    }

    static SealedText asStored(long clientId, String text, String stored) {
        return new SealedText(clientId, text, stored);
    }

    long clientId() {
        return clientId;
    }

    String text() {
        return text;
    }

    String stored() {
        return stored;
    }

    public boolean readable() {
        return stored == null || !UNREADABLE.equals(text);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SealedText s && s.clientId == clientId && Objects.equals(s.text, text)
                && Objects.equals(s.stored, stored);
    }

    @Override
    public int hashCode() {
        return Objects.hash(clientId, text, stored);
    }

    /** Never the text: a sealed text may end up in a log line or an exception message. */
    @Override
    public String toString() {
        return "SealedText[client " + clientId + "]";
    }
}
