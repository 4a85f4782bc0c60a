package org.holdfast.encryption;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.TinkProtoKeysetFormat;
import com.google.crypto.tink.aead.PredefinedAeadParameters;

/**
 * Each client's data key: made the first time something of theirs is stored, kept in {@code client_key} wrapped by
 * the master key, and held unwrapped in memory once used. Text is stored as {@code hf1:<client>:<Base64>}, bound to
 * its client (the client is the associated data), so it cannot be moved to another client's row and still open.
 */
@Component
public class ClientKeys {

    static final String PREFIX = "hf1:";
    private static final Logger log = LoggerFactory.getLogger(ClientKeys.class);

    private final JdbcTemplate jdbc;
    private final MasterKey master;
    private final Clock clock;
    /** Looked up when first needed: Hibernate makes this class's converter while the transaction manager is being made. */
    private final org.springframework.beans.factory.ObjectProvider<PlatformTransactionManager> transactions;
    private final Map<Long, Aead> keys = new ConcurrentHashMap<>();
    private volatile Aead wrapping;

    ClientKeys(JdbcTemplate jdbc, MasterKey master, Clock clock,
            org.springframework.beans.factory.ObjectProvider<PlatformTransactionManager> transactions) {
        this.jdbc = jdbc;
        this.master = master;
        this.clock = clock;
        this.wrapping = master.aead();
        this.transactions = transactions;
    }

    /**
     * A new key is committed at once, on its own: text encrypted under a key whose row was rolled back with the
     * transaction that made it would be lost for good.
     */
    private TransactionTemplate ownTransaction() {
        TransactionTemplate own = new TransactionTemplate(transactions.getObject());
        own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        return own;
    }

    /**
     * Before anything is written: the master key must open the data keys already stored, or it is not this database's
     * key, and text written under it would sit beside text nothing can open. The portal does not start. Nor does it on
     * encrypted text without a single data key: a database restored from its backup (which leaves the data keys out)
     * without the keys' own backup, where every new text would get a new key beside text nothing can open.
     */
    @org.springframework.context.event.EventListener(org.springframework.boot.context.event.ApplicationStartedEvent.class)
    public void checkMasterKey() {
        List<Object[]> one = jdbc.query("select client_id, wrapped_key from client_key order by client_id limit 1",
                (row, n) -> new Object[] { row.getLong(1), row.getString(2) });
        if (one.isEmpty()) {
            if (holdsEncryptedText()) {
                throw new IllegalStateException("This database holds encrypted client text but none of the clients' data "
                        + "keys (table client_key is empty): it was restored without them. Put them back from the keys' "
                        + "backup of the same day (deploy/restore-keys.sh --database NAME ARCHIVE FOLDER). Nothing was "
                        + "written.");
            }
            return;
        }
        long clientId = (long) one.getFirst()[0];
        try {
            TinkProtoKeysetFormat.parseEncryptedKeyset(Base64.getDecoder().decode((String) one.getFirst()[1]), wrapping,
                    wrapBound(clientId));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("The master key does not open the client keys stored in this database: it "
                    + "is not the key this database's content was encrypted with (HOLDFAST_MASTER_KEY or "
                    + "holdfast.encryption.master-key-file). Nothing was written. Give the right key, or restore it from "
                    + "its backup.");
        }
    }

    private boolean holdsEncryptedText() {
        return EncryptedColumns.ALL.stream().anyMatch(c -> !jdbc.queryForList("select 1 from " + c.table() + " where "
                + c.column() + " like ? limit 1", Integer.class, PREFIX + "%").isEmpty());
    }

    /** The client's text as it is stored: encrypted under their key (made now if they have none). */
    public String seal(long clientId, String text) {
        try {
            byte[] cipher = key(clientId, true).orElseThrow().encrypt(text.getBytes(StandardCharsets.UTF_8), bound(clientId));
            return PREFIX + clientId + ":" + Base64.getEncoder().encodeToString(cipher);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Could not encrypt a text of client #" + clientId, e);
        }
    }

    /** What a stored value says, for tools that read the database directly (tests, checks of a restored backup). */
    public String plainText(String stored) {
        return stored == null ? null : open(stored).text();
    }

    /** A stored value read back: decrypted; as it is when it predates encryption; marked unreadable when it cannot be. */
    SealedText open(String stored) {
        if (!stored.startsWith(PREFIX)) {
            return SealedText.asStored(0, stored, stored);
        }
        int colon = stored.indexOf(':', PREFIX.length());
        long clientId;
        try {
            clientId = Long.parseLong(stored.substring(PREFIX.length(), colon));
        } catch (RuntimeException e) {
            log.warn("A stored text is damaged beyond naming its client; it shows as unreadable");
            return SealedText.asStored(0, SealedText.UNREADABLE, stored);
        }
        try {
            Optional<Aead> key = key(clientId, false);
            if (key.isEmpty()) {
                // Erased: the key went first, on purpose. Nothing to report.
                return SealedText.asStored(clientId, SealedText.UNREADABLE, stored);
            }
            byte[] plain = key.get().decrypt(Base64.getDecoder().decode(stored.substring(colon + 1)), bound(clientId));
            return SealedText.of(clientId, new String(plain, StandardCharsets.UTF_8));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            // Names the client, never the text: a damaged field is reported, the page around it still works.
            log.warn("A stored text of client #{} cannot be decrypted (damaged or changed in the database); it shows as unreadable",
                    clientId);
            return SealedText.asStored(clientId, SealedText.UNREADABLE, stored);
        }
    }

    /**
     * Destroys the client's data key: every text of theirs, in the database and in every backup and copy of it,
     * can no longer be read. The first step of erasing a client.
     */
    public void destroy(long clientId) {
        jdbc.update("delete from client_key where client_id = ?", clientId);
        keys.remove(clientId);
    }

    public boolean hasKey(long clientId) {
        return keys.containsKey(clientId)
                || jdbc.queryForObject("select count(*) from client_key where client_id = ?", Integer.class, clientId) > 0;
    }

    /**
     * After the master key gained a new primary key: every client's data key is unwrapped with the keyset (old keys
     * still open their wraps) and wrapped again with the new primary. The text itself is not touched.
     *
     * @return how many data keys were wrapped again
     */
    public int rewrapAll(Aead rotated) {
        List<Long> clients = jdbc.queryForList("select client_id from client_key order by client_id", Long.class);
        int done = 0;
        for (long clientId : clients) {
            String wrapped = jdbc.queryForObject("select wrapped_key from client_key where client_id = ?", String.class, clientId);
            try {
                KeysetHandle handle = TinkProtoKeysetFormat.parseEncryptedKeyset(Base64.getDecoder().decode(wrapped),
                        rotated, wrapBound(clientId));
                jdbc.update("update client_key set wrapped_key = ? where client_id = ?", wrap(handle, clientId, rotated), clientId);
                done++;
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("The data key of client #" + clientId + " could not be unwrapped with "
                        + "the master key: nothing after it was rewrapped; the master key file must be the one in use", e);
            }
        }
        wrapping = rotated;
        return done;
    }

    Aead master() {
        return master.aead();
    }

    private Optional<Aead> key(long clientId, boolean create) throws GeneralSecurityException {
        Aead known = keys.get(clientId);
        if (known != null) {
            return Optional.of(known);
        }
        List<String> wrapped = jdbc.queryForList("select wrapped_key from client_key where client_id = ?", String.class, clientId);
        if (wrapped.isEmpty() && !create) {
            return Optional.empty();
        }
        KeysetHandle handle = wrapped.isEmpty() ? create(clientId)
                : TinkProtoKeysetFormat.parseEncryptedKeyset(Base64.getDecoder().decode(wrapped.getFirst()), wrapping, wrapBound(clientId));
        Aead aead = handle.getPrimitive(RegistryConfiguration.get(), Aead.class);
        keys.put(clientId, aead);
        return Optional.of(aead);
    }

    private KeysetHandle create(long clientId) throws GeneralSecurityException {
        KeysetHandle fresh = KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM);
        String wrapped = wrap(fresh, clientId, wrapping);
        try {
            ownTransaction().executeWithoutResult(status -> jdbc.update(
                    "insert into client_key (client_id, wrapped_key, created_at) values (?, ?, ?)", clientId, wrapped,
                    LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC)));
            return fresh;
        } catch (DuplicateKeyException e) {
            // Another request (or node) made the client's key a moment ago: use that one.
            String theirs = ownTransaction().execute(status -> jdbc.queryForObject(
                    "select wrapped_key from client_key where client_id = ?", String.class, clientId));
            return TinkProtoKeysetFormat.parseEncryptedKeyset(Base64.getDecoder().decode(theirs), wrapping, wrapBound(clientId));
        }
    }

    private static String wrap(KeysetHandle handle, long clientId, Aead with) throws GeneralSecurityException {
        return Base64.getEncoder().encodeToString(TinkProtoKeysetFormat.serializeEncryptedKeyset(handle, with, wrapBound(clientId)));
    }

    private static byte[] bound(long clientId) {
        return ("holdfast-client-text:" + clientId).getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] wrapBound(long clientId) {
        return ("holdfast-client-key:" + clientId).getBytes(StandardCharsets.US_ASCII);
    }
}
