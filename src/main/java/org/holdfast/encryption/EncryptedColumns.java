package org.holdfast.encryption;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Every column that holds a client's text encrypted, in one list: what the README's "what is encrypted" names, what
 * the tests read with raw SQL, and what is encrypted once when the portal starts on a database that holds text stored
 * before encryption (an upgrade, or demo rows written by SQL). Dates, numbers, choices from lists and which clinician
 * stay readable: the portal sorts, counts and checks consent by them.
 */
@Component
public class EncryptedColumns {

    /**
     * One encrypted column.
     *
     * @param table    its table, whose primary key is {@code id}
     * @param column   the column
     * @param clientId an SQL expression over the row ({@code t}) giving the client whose text it is
     */
    public record Column(String table, String column, String clientId) {
    }

    public static final List<Column> ALL = List.of(
            new Column("check_in", "note", "t.client_id"),
            new Column("journal_entry", "did_instead", "t.client_id"),
            new Column("journal_entry", "what_happened", "t.client_id"),
            new Column("journal_entry", "feel_now", "t.client_id"),
            new Column("journal_draft", "content", "t.client_id"),
            new Column("contact_attempt", "sender", "t.client_id"),
            new Column("contact_attempt", "content", "t.client_id"),
            new Column("contact_attempt", "correction_reason", "t.client_id"),
            new Column("therapy_session", "private_note", "t.client_id"),
            new Column("homework_completion", "reflection", "t.client_id"),
            new Column("homework_completion", "reason", "t.client_id"),
            new Column("safety_signal", "note", "t.client_id"),
            new Column("safety_signal", "resolution_note", "t.client_id"),
            new Column("no_contact_plan", "person_label", "t.client_id"),
            new Column("no_contact_plan", "status_reason", "t.client_id"),
            new Column("no_contact_plan", "content", "t.client_id"),
            new Column("plan_high_risk_date", "label", "t.client_id"),
            new Column("plan_version", "snapshot", "(select p.client_id from no_contact_plan p where p.id = t.plan_id)"),
            new Column("plan_version", "summary", "(select p.client_id from no_contact_plan p where p.id = t.plan_id)"),
            new Column("client", "discharge_reason", "t.id"));

    private static final Logger log = LoggerFactory.getLogger(EncryptedColumns.class);
    private static final int BATCH = 1_000;

    private final JdbcTemplate jdbc;
    private final ClientKeys keys;
    private final boolean sealExisting;

    EncryptedColumns(JdbcTemplate jdbc, ClientKeys keys,
            EncryptionSettings settings) {
        this.jdbc = jdbc;
        this.keys = keys;
        this.sealExisting = settings.sealExisting();
    }

    /** Encrypts, once, every text stored before encryption; then every read finds ciphertext. */
    @EventListener(ApplicationReadyEvent.class)
    public void sealExistingText() {
        if (!sealExisting) {
            return;
        }
        long sealed = 0;
        for (Column c : ALL) {
            long after = Long.MIN_VALUE;
            while (true) {
                List<Object[]> rows = jdbc.query("select t.id, " + c.clientId() + " as owner, t." + c.column() + " from "
                        + c.table() + " t where t.id > ? and t." + c.column() + " is not null and t." + c.column()
                        + " not like '" + ClientKeys.PREFIX + "%' order by t.id limit " + BATCH,
                        (row, n) -> new Object[] { row.getLong(1), row.getLong(2), row.getString(3) }, after);
                if (rows.isEmpty()) {
                    break;
                }
                jdbc.batchUpdate("update " + c.table() + " set " + c.column() + " = ? where id = ?", rows.stream()
                        .map(r -> new Object[] { keys.seal((long) r[1], (String) r[2]), r[0] }).toList());
                sealed += rows.size();
                after = (long) rows.getLast()[0];
            }
        }
        if (sealed > 0) {
            log.info("Encrypted {} texts that were stored before encryption", sealed);
        }
    }
}
