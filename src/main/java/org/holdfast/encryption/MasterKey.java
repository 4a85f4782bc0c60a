package org.holdfast.encryption;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.util.Base64;

import org.holdfast.shared.KeyFile;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.aead.PredefinedAeadParameters;

/**
 * The practice's master key: a Tink keyset of AES-256-GCM keys, held outside the database, that wraps every client's
 * data key. A keyset rather than one key, so that rotation adds a new primary key and the old one still unwraps what
 * it wrapped until everything is wrapped again.
 */
@Component
class MasterKey {

    private final KeysetHandle keyset;
    private final Aead aead;
    private final String file;

    MasterKey(EncryptionSettings settings, Environment environment) {
        register();
        this.file = settings.masterKey() != null && !settings.masterKey().isBlank() ? null : settings.masterKeyFile();
        String text = KeyFile.read(settings.masterKey(), settings.masterKeyFile(), MasterKey::newKeyset, environment,
                "a master key for client content", "HOLDFAST_MASTER_KEY (or holdfast.encryption.master-key-file)")
                .orElseThrow(() -> new IllegalStateException("No master key to encrypt client content with. Give a Tink "
                        + "AES-256-GCM keyset (JSON, or its Base64) in the environment variable HOLDFAST_MASTER_KEY, or a "
                        + "file named by holdfast.encryption.master-key-file (e.g. from `java -jar holdfast.jar "
                        + "new-master-key`), and keep a copy apart from the database backups: without it no client's "
                        + "text can be read."));
        this.keyset = parse(text, file == null ? "HOLDFAST_MASTER_KEY" : "the key file " + Path.of(file).toAbsolutePath());
        try {
            this.aead = keyset.getPrimitive(RegistryConfiguration.get(), Aead.class);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The master key is not an AEAD keyset (AES-256-GCM expected)", e);
        }
    }

    static void register() {
        try {
            AeadConfig.register();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Tink's AEAD could not be registered", e);
        }
    }

    /** A fresh keyset of one AES-256-GCM key, as Tink's JSON. */
    static String newKeyset() {
        register();
        try {
            return TinkJsonProtoKeysetFormat.serializeKeyset(KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM),
                    InsecureSecretKeyAccess.get());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Could not make a master key", e);
        }
    }

    private static KeysetHandle parse(String text, String where) {
        String json = text.strip();
        if (!json.startsWith("{")) {
            try {
                json = new String(Base64.getDecoder().decode(json), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException("The master key in " + where + " is neither a Tink keyset in JSON nor its Base64");
            }
        }
        try {
            return TinkJsonProtoKeysetFormat.parseKeyset(json, InsecureSecretKeyAccess.get());
        } catch (GeneralSecurityException | RuntimeException e) {
            throw new IllegalStateException("The master key in " + where + " is not a Tink keyset that can be read");
        }
    }

    Aead aead() {
        return aead;
    }

    /**
     * Adds a new primary key to the keyset and writes it to the key file (the old file is kept beside it), returning
     * the AEAD of the new keyset: new wraps use the new key, old wraps still open. Only with a key file, as a key
     * given in the environment cannot be rewritten from here.
     */
    Aead rotate() {
        if (file == null) {
            throw new IllegalStateException("The master key was given in HOLDFAST_MASTER_KEY: rotation rewrites the key "
                    + "file, so give it as holdfast.encryption.master-key-file (HOLDFAST_MASTER_KEY_FILE) for the rotation");
        }
        try {
            KeysetHandle rotated = KeysetHandle.newBuilder(keyset)
                    .addEntry(KeysetHandle.generateEntryFromParameters(PredefinedAeadParameters.AES256_GCM).withRandomId()
                            .makePrimary())
                    .build();
            Path path = Path.of(file);
            Path previous = path.resolveSibling(path.getFileName() + ".before-rotation-" + System.currentTimeMillis());
            Files.copy(path, previous, StandardCopyOption.COPY_ATTRIBUTES);
            Path fresh = path.resolveSibling(path.getFileName() + ".new");
            Files.deleteIfExists(fresh);
            ownerOnly(fresh);
            Files.writeString(fresh, TinkJsonProtoKeysetFormat.serializeKeyset(rotated, InsecureSecretKeyAccess.get()));
            Files.move(fresh, path, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return rotated.getPrimitive(RegistryConfiguration.get(), Aead.class);
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("Could not rotate the master key in " + file, e);
        }
    }

    /** Creates an empty file readable by its owner only, before any key is written into it. */
    static void ownerOnly(Path file) throws IOException {
        try {
            Files.createFile(file, java.nio.file.attribute.PosixFilePermissions.asFileAttribute(
                    java.nio.file.attribute.PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException notPosix) {
            Files.createFile(file); // Windows: the folder's own permissions apply
        }
    }

    int keys() {
        return keyset.size();
    }
}
