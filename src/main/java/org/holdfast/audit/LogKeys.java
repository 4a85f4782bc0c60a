package org.holdfast.audit;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

/**
 * The practice's public key as it travels: PEM (SubjectPublicKeyInfo, what OpenSSL and a browser's WebCrypto
 * import), its short id, and checking a signature with it. Anyone may have these; the private half never leaves
 * {@link LogSigningKey}.
 */
public final class LogKeys {

    private LogKeys() {
    }

    public static String pem(PublicKey key) {
        return "-----BEGIN PUBLIC KEY-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(key.getEncoded()) + "\n-----END PUBLIC KEY-----\n";
    }

    /** An Ed25519 public key from PEM; IllegalArgumentException in plain words when it is not one. */
    public static PublicKey fromPem(String pem) {
        String body = pem == null ? "" : pem.replace("-----BEGIN PUBLIC KEY-----", "")
                .replace("-----END PUBLIC KEY-----", "").replaceAll("\\s", "");
        try {
            return KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(body)));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalArgumentException("it is not an Ed25519 public key in PEM form");
        }
    }

    /** The first 16 hex digits of the SHA-256 of the key's SubjectPublicKeyInfo: short enough to read out on the phone. */
    public static String keyId(PublicKey key) {
        return LogSigningKey.keyId(key);
    }

    /** Whether {@code signatureBase64} is the key's Ed25519 signature of the UTF-8 of {@code text}. */
    public static boolean verifies(PublicKey key, String text, String signatureBase64) {
        try {
            return LogSigningKey.verify(key, text.getBytes(StandardCharsets.UTF_8), Base64.getDecoder().decode(signatureBase64));
        } catch (IllegalArgumentException | NullPointerException e) {
            return false;
        }
    }
}
