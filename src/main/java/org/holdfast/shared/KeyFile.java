package org.holdfast.shared;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;

/**
 * Where the portal's keys come from: a setting (an environment variable in practice), else a file outside the
 * database. Only a demo run (demo data on) may invent a key, written to that file with a loud warning; a real
 * practice's portal refuses to start without one, since what a key protects is lost with a key nobody kept.
 */
public final class KeyFile {

    private static final Logger log = LoggerFactory.getLogger(KeyFile.class);

    private KeyFile() {
    }

    /**
     * The key as Base64 text: the one given, else the file's, else (demo only) {@code bytes} fresh random bytes
     * written to the file. Empty when there is none and none may be invented.
     *
     * @param what   what the key is for, in the warning: "a key for second-factor secrets"
     * @param setIt  how a real practice gives it, in the warning: "HOLDFAST_SECURITY_SECRET_KEY (or ...)"
     */
    public static Optional<String> read(String given, String file, int bytes, Environment environment, String what,
            String setIt) {
        return read(given, file, () -> {
            byte[] key = new byte[bytes];
            new SecureRandom().nextBytes(key);
            return Base64.getEncoder().encodeToString(key);
        }, environment, what, setIt);
    }

    /** As {@link #read(String, String, int, Environment, String, String)}, with a key of another form made by {@code invent}. */
    public static Optional<String> read(String given, String file, java.util.function.Supplier<String> invent,
            Environment environment, String what, String setIt) {
        if (given != null && !given.isBlank()) {
            return Optional.of(given.strip());
        }
        if (file == null || file.isBlank()) {
            return Optional.empty();
        }
        Path path = Path.of(file);
        try {
            if (Files.isRegularFile(path)) {
                return Optional.of(Files.readString(path).strip());
            }
            if (!demoData(environment)) {
                return Optional.empty();
            }
            if (path.getParent() != null) {
                Files.createDirectories(path.getParent());
            }
            String text = invent.get();
            Files.writeString(path, text);
            try {
                Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException notPosix) {
                // Windows: the file's folder's own permissions apply.
            }
            log.warn("DEMO ONLY: invented {} and wrote it to {}. A real practice sets {} and keeps the key safe.", what,
                    path.toAbsolutePath(), setIt);
            return Optional.of(text);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read or write the key file " + path.toAbsolutePath(), e);
        }
    }

    /** The key's bytes, which must number {@code bytes}; {@code where} names the setting or file in the message. */
    public static byte[] decode(String base64, int bytes, String where) {
        byte[] key;
        try {
            key = Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("The key in " + where + " is not Base64 (make one with `openssl rand -base64 " + bytes + "`)");
        }
        if (key.length != bytes) {
            throw new IllegalStateException("The key in " + where + " must be " + bytes + " bytes (" + bytes * 8
                    + " bits), Base64; it has " + key.length + " (make one with `openssl rand -base64 " + bytes + "`)");
        }
        return key;
    }

    private static boolean demoData(Environment environment) {
        return environment.matchesProfiles("demo") || environment.getProperty("holdfast.demo-data", Boolean.class, false);
    }
}
