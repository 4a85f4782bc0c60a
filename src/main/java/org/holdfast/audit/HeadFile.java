package org.holdfast.audit;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A copy of every signed tree head outside the database, one line each, only ever appended to. Someone who can
 * rewrite the database could otherwise delete the heads and the entries after some point, rewrite from there and
 * let the portal sign the result; the last head kept here says how far the log had already grown, and with what root.
 * Keep the file with the key, and copy it elsewhere too (a backup, an email to the practice's lawyer) now and then.
 */
final class HeadFile {

    /** Many times the longest line (about 200 bytes). */
    private static final int TAIL_BYTES = 4096;

    private final Path file;

    HeadFile(String file) {
        this.file = file == null || file.isBlank() ? null : Path.of(file);
    }

    boolean kept() {
        return file != null;
    }

    /** The last head written, if any. */
    Optional<TreeHead> last() {
        if (file == null || !Files.isRegularFile(file)) {
            return Optional.empty();
        }
        // Only the end is read: the file gains a line a minute, and it is asked for as often.
        try (RandomAccessFile tail = new RandomAccessFile(file.toFile(), "r")) {
            long from = Math.max(0, tail.length() - TAIL_BYTES);
            byte[] bytes = new byte[(int) (tail.length() - from)];
            tail.seek(from);
            tail.readFully(bytes);
            List<String> lines = new String(bytes, StandardCharsets.UTF_8).lines().toList();
            for (int i = lines.size() - 1; i >= 0; i--) {
                String[] f = lines.get(i).strip().split(" ");
                if (f.length == 5) {
                    return Optional.of(new TreeHead(Long.parseLong(f[0]), f[1], Instant.parse(f[2]), f[3], f[4]));
                }
            }
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the copy of the log's heads " + file.toAbsolutePath(), e);
        } catch (RuntimeException e) {
            throw new IllegalStateException("The copy of the log's heads " + file.toAbsolutePath() + " is damaged", e);
        }
    }

    void append(TreeHead head) {
        if (file == null) {
            return;
        }
        try {
            if (file.getParent() != null) {
                Files.createDirectories(file.getParent());
            }
            Files.writeString(file, head.size() + " " + head.root() + " " + head.issuedAt() + " " + head.keyId() + " "
                    + head.signature() + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the copy of the log's heads " + file.toAbsolutePath(), e);
        }
    }

    String where() {
        return file == null ? "(none)" : file.toAbsolutePath().toString();
    }
}
