package org.holdfast.security;

import org.holdfast.shared.KeyFile;

import java.nio.file.Path;
import java.util.Base64;

import javax.crypto.spec.SecretKeySpec;

import org.springframework.core.env.Environment;
import org.springframework.security.crypto.encrypt.AesBytesEncryptor;
import org.springframework.security.crypto.encrypt.BytesEncryptor;
import org.springframework.security.crypto.keygen.KeyGenerators;
import org.springframework.stereotype.Component;

/**
 * Encrypts the secrets that second factors keep in the database (an authenticator app's shared key) with AES-GCM
 * under a key held outside the database, so a copy of the database alone does not let anyone make codes.
 *
 * <p>The key comes from {@link SecondFactorSettings#secretKey()} or the file {@link SecondFactorSettings#secretKeyFile()}.
 * Only a demo run (demo data on) may invent one, written to that file with a loud warning; a real practice's
 * portal refuses to start without one, since secrets encrypted under a key nobody kept could never be read again.
 */
@Component
class SecretEncryption {

    static final int KEY_BYTES = 32;
    /** GCM's recommended nonce length; a fresh random one for every encryption. */
    private static final int NONCE_BYTES = 12;

    private final BytesEncryptor encryptor;

    SecretEncryption(SecondFactorSettings settings, Environment environment) {
        byte[] key = key(settings, environment);
        this.encryptor = new AesBytesEncryptor(new SecretKeySpec(key, "AES"), KeyGenerators.secureRandom(NONCE_BYTES),
                AesBytesEncryptor.CipherAlgorithm.GCM);
    }

    String encrypt(byte[] secret) {
        return Base64.getEncoder().encodeToString(encryptor.encrypt(secret));
    }

    byte[] decrypt(String stored) {
        return encryptor.decrypt(Base64.getDecoder().decode(stored));
    }

    private static byte[] key(SecondFactorSettings settings, Environment environment) {
        String where = settings.secretKey() != null && !settings.secretKey().isBlank() ? "holdfast.security.secret-key"
                : "the key file " + Path.of(String.valueOf(settings.secretKeyFile())).toAbsolutePath();
        String key = KeyFile.read(settings.secretKey(), settings.secretKeyFile(), KEY_BYTES, environment,
                "a key for second-factor secrets", "HOLDFAST_SECURITY_SECRET_KEY (or holdfast.security.secret-key-file)")
                .orElseThrow(SecretEncryption::missingKey);
        return KeyFile.decode(key, KEY_BYTES, where);
    }

    private static IllegalStateException missingKey() {
        return new IllegalStateException("No key to encrypt second-factor secrets with. Give a 256-bit key, "
                + "Base64, in the environment variable HOLDFAST_SECURITY_SECRET_KEY (e.g. from `openssl rand "
                + "-base64 32`) or a file named by holdfast.security.secret-key-file, and keep a copy outside "
                + "the database: without it no authenticator app set up here can be checked again.");
    }
}
