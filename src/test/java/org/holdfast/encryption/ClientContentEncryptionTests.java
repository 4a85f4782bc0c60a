package org.holdfast.encryption;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.holdfast.TestUsers.PRIYA;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import org.holdfast.DatabaseTest;
import org.holdfast.TestUsers;
import org.holdfast.journal.JournalItem;
import org.holdfast.journal.JournalService;
import org.holdfast.journal.UrgeForm;
import org.holdfast.journal.UrgeOutcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Client content as the database holds it, read with raw SQL (on MariaDB too): ciphertext in every encrypted column,
 * nothing readable of a note just written; what the portal does with a damaged field, a destroyed key, a rotated
 * master key, and a wrong or missing one.
 */
@DatabaseTest
class ClientContentEncryptionTests {

    private static final String KNOWN = "Walked the long way round by the canal instead of texting";

    @Autowired
    JournalService journal;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ClientKeys keys;

    @Autowired
    MasterKey master;

    @Autowired
    Clock clock;

    @Autowired
    org.springframework.beans.factory.ObjectProvider<PlatformTransactionManager> transactions;

    private JournalItem urge(String didInstead) {
        UrgeForm form = new UrgeForm();
        form.setSubmissionId(java.util.UUID.randomUUID().toString());
        form.setDate(java.time.LocalDate.now(clock));
        form.setTime(java.time.LocalTime.MIDNIGHT);
        form.setStrength(6);
        form.setOutcome(UrgeOutcome.RESISTED);
        form.setDidInstead(didInstead);
        return users.as(PRIYA, () -> journal.recordUrge(form));
    }

    @Test
    void everyEncryptedColumnHoldsOnlyCiphertextAndAKnownNoteIsNowhereInPlainText() {
        JournalItem item = urge(KNOWN);
        try {
            for (EncryptedColumns.Column c : EncryptedColumns.ALL) {
                Integer plain = jdbc.queryForObject("select count(*) from " + c.table() + " where " + c.column()
                        + " is not null and " + c.column() + " not like 'hf1:%'", Integer.class);
                assertThat(plain).as(c.table() + "." + c.column()).isZero();
            }
            // The demo's own texts are there, encrypted: the check above is not vacuous
            assertThat(jdbc.queryForObject("select count(*) from contact_attempt where content like 'hf1:%'", Integer.class)).isPositive();
            assertThat(jdbc.queryForObject("select count(*) from check_in where note like 'hf1:%'", Integer.class)).isPositive();
            for (EncryptedColumns.Column c : EncryptedColumns.ALL) {
                assertThat(jdbc.queryForObject("select count(*) from " + c.table() + " where " + c.column() + " like ?",
                        Integer.class, "%canal%")).as(c.table() + "." + c.column()).isZero();
            }
            String stored = jdbc.queryForObject("select did_instead from journal_entry where id = ?", String.class, item.id());
            assertThat(stored).startsWith("hf1:" + users.clientId(PRIYA) + ":").doesNotContain("canal");
            // And the portal reads it back as written
            assertThat(users.as(PRIYA, () -> journal.myJournal())).anySatisfy(i -> assertThat(i.text()).contains(KNOWN));
        } finally {
            jdbc.update("delete from journal_entry where id = ?", item.id());
        }
    }

    @Test
    void aDamagedFieldReadsAsUnreadableAndTheRestOfTheJournalStillShows() {
        JournalItem damaged = urge("This one gets damaged");
        JournalItem intact = urge("This one stays whole");
        try {
            String stored = jdbc.queryForObject("select did_instead from journal_entry where id = ?", String.class, damaged.id());
            char last = stored.charAt(stored.length() - 5);
            jdbc.update("update journal_entry set did_instead = ? where id = ?",
                    stored.substring(0, stored.length() - 5) + (last == 'A' ? 'B' : 'A') + stored.substring(stored.length() - 4),
                    damaged.id());
            List<JournalItem> mine = users.as(PRIYA, () -> journal.myJournal());
            assertThat(mine).filteredOn(i -> i.id() == damaged.id()).singleElement()
                    .satisfies(i -> assertThat(i.text()).contains(SealedText.UNREADABLE));
            assertThat(mine).filteredOn(i -> i.id() == intact.id()).singleElement()
                    .satisfies(i -> assertThat(i.text()).contains("This one stays whole"));
        } finally {
            jdbc.update("delete from journal_entry where id in (?, ?)", damaged.id(), intact.id());
        }
    }

    @Test
    void anotherClientsCiphertextCopiedIntoARowReadsAsUnreadable() {
        JournalItem mine = urge("Priya's own words");
        try {
            long ruth = users.clientId(org.holdfast.TestUsers.RUTH);
            jdbc.update("update journal_entry set did_instead = ? where id = ?", keys.seal(ruth, "Ruth's words, moved"), mine.id());
            assertThat(users.as(PRIYA, () -> journal.myJournal())).filteredOn(i -> i.id() == mine.id()).singleElement()
                    .satisfies(i -> assertThat(i.text()).contains(SealedText.UNREADABLE).doesNotContain("Ruth's words"));
        } finally {
            jdbc.update("delete from journal_entry where id = ?", mine.id());
        }
    }

    @Test
    void aDestroyedKeyLeavesEveryCopyOfTheTextUnreadable() {
        long someone = 987_654_321L; // no such client: a key of its own, so nothing of the demo is touched
        String stored = keys.seal(someone, "Kept in last night's backup");
        assertThat(keys.open(stored).text()).isEqualTo("Kept in last night's backup");
        keys.destroy(someone);
        assertThat(keys.hasKey(someone)).isFalse();
        assertThat(keys.open(stored).text()).isEqualTo(SealedText.UNREADABLE);
        assertThat(keys.open(stored).readable()).isFalse();
    }

    @Test
    void rotatingTheMasterKeyRewrapsEveryDataKeyAndEveryTextStaysReadable() throws Exception {
        JournalItem item = urge("Still readable after the rotation");
        try {
            int clientKeys = jdbc.queryForObject("select count(*) from client_key", Integer.class);
            List<String> before = jdbc.queryForList("select wrapped_key from client_key order by client_id", String.class);
            String content = jdbc.queryForObject("select did_instead from journal_entry where id = ?", String.class, item.id());

            assertThat(keys.rewrapAll(master.rotate())).isEqualTo(clientKeys);

            assertThat(jdbc.queryForList("select wrapped_key from client_key order by client_id", String.class))
                    .doesNotContainAnyElementsOf(before);
            assertThat(jdbc.queryForObject("select did_instead from journal_entry where id = ?", String.class, item.id()))
                    .as("the text itself is not encrypted again").isEqualTo(content);
            // A node starting now, with the rotated key file, opens everything
            MasterKey restarted = new MasterKey(new EncryptionSettings(null, "target/test-master-key.json", true), new MockEnvironment());
            assertThat(restarted.keys()).isEqualTo(master.keys() + 1);
            ClientKeys fresh = new ClientKeys(jdbc, restarted, clock, transactions);
            fresh.checkMasterKey();
            assertThat(fresh.open(content).text()).isEqualTo("Still readable after the rotation");
            assertThat(users.as(PRIYA, () -> journal.myJournal())).anySatisfy(i -> assertThat(i.text()).contains("Still readable after the rotation"));
        } finally {
            jdbc.update("delete from journal_entry where id = ?", item.id());
        }
    }

    @Test
    void aWrongMasterKeyStopsTheStartBeforeAnythingIsWrittenAndAMissingOneIsNamed(@TempDir Path dir) throws Exception {
        keys.seal(PRIYA.hashCode(), "makes sure a client key exists"); // the demo has them already; this is belt and braces
        jdbc.update("delete from client_key where client_id = ?", (long) PRIYA.hashCode());
        Path other = Files.writeString(dir.resolve("other.json"), MasterKey.newKeyset());
        MasterKey wrong = new MasterKey(new EncryptionSettings(null, other.toString(), true), new MockEnvironment());
        int before = jdbc.queryForObject("select count(*) from client_key", Integer.class);
        assertThatThrownBy(() -> new ClientKeys(jdbc, wrong, clock, transactions).checkMasterKey())
                .hasMessageContaining("does not open the client keys stored in this database").hasMessageContaining("Nothing was written");
        assertThat(jdbc.queryForObject("select count(*) from client_key", Integer.class)).isEqualTo(before);

        assertThatThrownBy(() -> new MasterKey(new EncryptionSettings(null, dir.resolve("absent.json").toString(), true),
                new MockEnvironment())).hasMessageContaining("No master key").hasMessageContaining("HOLDFAST_MASTER_KEY");
        Path garbage = Files.writeString(dir.resolve("garbage.json"), "{\"not\": \"a keyset\"}");
        assertThatThrownBy(() -> new MasterKey(new EncryptionSettings(null, garbage.toString(), true), new MockEnvironment()))
                .hasMessageContaining("is not a Tink keyset that can be read");
    }

    @Test
    void aDatabaseRestoredWithoutItsDataKeysDoesNotStart() {
        urge(KNOWN);
        // As a restore of the database backup alone leaves it (the backup leaves the data keys out); rolled back after.
        new org.springframework.transaction.support.TransactionTemplate(transactions.getObject()).executeWithoutResult(tx -> {
            tx.setRollbackOnly();
            jdbc.update("delete from client_key");
            assertThatThrownBy(() -> keys.checkMasterKey()).hasMessageContaining("none of the clients' data keys")
                    .hasMessageContaining("deploy/restore-keys.sh");
        });
        assertThat(jdbc.queryForObject("select count(*) from client_key", Integer.class)).isPositive();
        keys.checkMasterKey();
    }
}
