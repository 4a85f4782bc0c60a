package org.holdfast.encryption;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code java -jar holdfast.jar new-master-key FILE} and {@code rotate-master-key}: what an operator runs on the
 * master key. The key's material never goes to the console or a log.
 */
public final class MasterKeyCommands {

    private static final Logger log = LoggerFactory.getLogger(MasterKeyCommands.class);

    private MasterKeyCommands() {
    }

    /** Writes a fresh master key (a Tink keyset) to a new file readable by its owner only. 0 done, 2 refused. */
    public static int newMasterKey(String[] args) {
        if (args.length != 1) {
            log.error("Usage: java -jar holdfast.jar new-master-key FILE");
            return 2;
        }
        Path file = Path.of(args[0]);
        try {
            if (Files.exists(file)) {
                log.error("{} exists already: a master key is never overwritten (the data under it would be lost)", file);
                return 2;
            }
            MasterKey.ownerOnly(file);
            Files.writeString(file, MasterKey.newKeyset(), StandardOpenOption.TRUNCATE_EXISTING);
            log.info("Wrote a new master key to {}. Give it as HOLDFAST_MASTER_KEY_FILE and keep a copy apart from the "
                    + "database backups: without it no client's text can be read.", file.toAbsolutePath());
            return 0;
        } catch (IOException e) {
            log.error("Could not write {}: {}", file, e.getMessage());
            return 2;
        }
    }

    /**
     * Adds a new primary key to the master key file and wraps every client's data key with it; the content is not
     * encrypted again. Runs in the portal's context (its database and key settings).
     */
    public static int rotate(ConfigurableApplicationContext context) {
        ClientKeys keys = context.getBean(ClientKeys.class);
        MasterKey master = context.getBean(MasterKey.class);
        int done = context.getBean(org.springframework.transaction.support.TransactionTemplate.class)
                .execute(status -> keys.rewrapAll(master.rotate()));
        log.info("Master key rotated: a new primary key was added to the key file (the previous file is kept beside it) "
                + "and {} client data keys were wrapped with it. Back up the new key file, and start every node again: "
                + "a node still running holds the old key file.", done);
        return 0;
    }
}
