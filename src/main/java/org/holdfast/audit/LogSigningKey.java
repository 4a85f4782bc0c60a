package org.holdfast.audit;

import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.spec.NamedParameterSpec;
import java.util.HexFormat;

import org.holdfast.shared.KeyFile;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The practice's key for signing tree heads: Ed25519 from the JDK, held outside the database so that someone who
 * can rewrite the database cannot sign a head for the rewritten log. Its public half is what anyone checks heads
 * and evidence packs with.
 */
@Component
class LogSigningKey {

    static final int SEED_BYTES = 32;

    private final KeyPair keys;
    private final String keyId;

    LogSigningKey(AuditLogSettings settings, Environment environment) {
        String seed = KeyFile.read(settings.signingKey(), settings.signingKeyFile(), SEED_BYTES, environment,
                "a key for signing the audit log", "HOLDFAST_AUDIT_SIGNING_KEY (or holdfast.audit.signing-key-file)")
                .orElseThrow(() -> new IllegalStateException("No key to sign the audit log with. Give an Ed25519 key "
                        + "as 32 random bytes, Base64, in the environment variable HOLDFAST_AUDIT_SIGNING_KEY (e.g. from "
                        + "`openssl rand -base64 32`) or a file named by holdfast.audit.signing-key-file, and keep a copy "
                        + "outside the database: the log's signed heads are checked with it."));
        String where = settings.signingKey() != null && !settings.signingKey().isBlank() ? "holdfast.audit.signing-key"
                : "the key file " + Path.of(settings.signingKeyFile()).toAbsolutePath();
        this.keys = fromSeed(KeyFile.decode(seed, SEED_BYTES, where));
        this.keyId = keyId(keys.getPublic());
    }

    /** An Ed25519 private key is its 32-byte seed (RFC 8032); the JDK makes the pair from the bytes it draws. */
    static KeyPair fromSeed(byte[] seed) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("Ed25519");
            generator.initialize(NamedParameterSpec.ED25519, new SecureRandom() {
                @Override
                public void nextBytes(byte[] bytes) {
                    System.arraycopy(seed, 0, bytes, 0, bytes.length);
                }
            });
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("This Java runtime has no Ed25519", e);
        }
    }

    byte[] sign(byte[] message) {
        try {
            Signature signature = Signature.getInstance("Ed25519");
            signature.initSign(keys.getPrivate());
            signature.update(message);
            return signature.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Could not sign a tree head", e);
        }
    }

    static boolean verify(PublicKey key, byte[] message, byte[] signature) {
        try {
            Signature verifier = Signature.getInstance("Ed25519");
            verifier.initVerify(key);
            verifier.update(message);
            return verifier.verify(signature);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    PublicKey publicKey() {
        return keys.getPublic();
    }

    /** The first 16 hex digits of the SHA-256 of the public key: which key signed a head. */
    String keyId() {
        return keyId;
    }

    static String keyId(PublicKey key) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key.getEncoded())).substring(0, 16);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
