package org.holdfast.security;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.spec.SecretKeySpec;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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

    private static final Logger log = LoggerFactory.getLogger(SecretEncryption.class);
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
        if (settings.secretKey() != null && !settings.secretKey().isBlank()) {
            return decode(settings.secretKey(), "holdfast.security.secret-key");
        }
        if (settings.secretKeyFile() == null || settings.secretKeyFile().isBlank()) {
            throw missingKey();
        }
        Path file = Path.of(settings.secretKeyFile());
        try {
            if (Files.isRegularFile(file)) {
                return decode(Files.readString(file), "the key file " + file.toAbsolutePath());
            }
            if (!demoData(environment)) {
                throw missingKey();
            }
            byte[] key = new byte[KEY_BYTES];
            new SecureRandom().nextBytes(key);
            if (file.getParent() != null) {
                Files.createDirectories(file.getParent());
            }
            Files.writeString(file, Base64.getEncoder().encodeToString(key));
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException notPosix) {
                // Windows: the file's folder's own permissions apply.
            }
            log.warn("DEMO ONLY: invented a key for second-factor secrets and wrote it to {}. A real practice sets "
                    + "HOLDFAST_SECURITY_SECRET_KEY (or holdfast.security.secret-key-file) and keeps the key safe.",
                    file.toAbsolutePath());
            return key;
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read or write the key file " + file.toAbsolutePath(), e);
        }
    }

    private static IllegalStateException missingKey() {
        return new IllegalStateException("No key to encrypt second-factor secrets with. Give a 256-bit key, "
                + "Base64, in the environment variable HOLDFAST_SECURITY_SECRET_KEY (e.g. from `openssl rand "
                + "-base64 32`) or a file named by holdfast.security.secret-key-file, and keep a copy outside "
                + "the database: without it no authenticator app set up here can be checked again.");
    }

    private static byte[] decode(String base64, String where) {
        byte[] key;
        try {
            key = Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("The key in " + where + " is not Base64 (make one with `openssl rand -base64 32`)");
        }
        if (key.length != KEY_BYTES) {
            throw new IllegalStateException("The key in " + where + " must be 32 bytes (256 bits), Base64; it has "
                    + key.length + " (make one with `openssl rand -base64 32`)");
        }
        return key;
    }

    private static boolean demoData(Environment environment) {
        return environment.matchesProfiles("demo") || environment.getProperty("holdfast.demo-data", Boolean.class, false);
    }
}
