package org.holdfast.audit;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

/**
 * A signed statement of the log at a moment: how many events it held and the Merkle root over them. The signed
 * bytes are plain text, so any tool with the public key (a browser's WebCrypto too) can check a head.
 *
 * @param size      how many leaves the tree had
 * @param root      the RFC 9162 root over them, hex
 * @param issuedAt  when the head was signed, to the second
 * @param keyId     which key signed it ({@link LogSigningKey#keyId})
 * @param signature the Ed25519 signature of {@link #signedText()}, Base64
 */
public record TreeHead(long size, String root, Instant issuedAt, String keyId, String signature) {

    static TreeHead sign(long size, byte[] root, Instant issuedAt, LogSigningKey key) {
        String rootHex = HexFormat.of().formatHex(root);
        // Whole seconds: every database and driver keeps them exactly, and the signed text must come back the same.
        Instant at = issuedAt.truncatedTo(ChronoUnit.SECONDS);
        byte[] signature = key.sign(text(size, rootHex, at).getBytes(StandardCharsets.UTF_8));
        return new TreeHead(size, rootHex, at, key.keyId(), java.util.Base64.getEncoder().encodeToString(signature));
    }

    /** Whether {@code key} made the signature over this head (a head with another key's signature, or none, is not). */
    public boolean signedBy(java.security.PublicKey key) {
        try {
            return LogSigningKey.verify(key, signedText().getBytes(StandardCharsets.UTF_8),
                    java.util.Base64.getDecoder().decode(signature));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** "holdfast-tree-head-v1", the size, the root and the time (ISO-8601, UTC), one a line. */
    public String signedText() {
        return text(size, root, issuedAt);
    }

    private static String text(long size, String root, Instant issuedAt) {
        return "holdfast-tree-head-v1\n" + size + "\n" + root + "\n" + issuedAt + "\n";
    }
}
