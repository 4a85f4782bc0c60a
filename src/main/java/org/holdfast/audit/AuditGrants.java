package org.holdfast.audit;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * At start, on MySQL or MariaDB: whether the database account the portal uses could change or delete rows of the
 * tables that only ever grow. The log catches such a change afterwards; an account that cannot make it is better.
 * A warning, not a refusal: the same account usually runs the migrations, which need more (see the README).
 * Contact-attempt records are never changed but are deleted when the manager erases a client's record, so that
 * account may DELETE them; the evidence check tells such a deletion from tampering by the erasure's audit line.
 */
@Component
class AuditGrants {

    private static final Logger log = LoggerFactory.getLogger(AuditGrants.class);
    static final List<String> APPEND_ONLY = List.of("audit_event", "audit_event_client", "audit_leaf", "tree_head",
            "tree_head_timestamp", "integrity_check");
    /** Never updated; deleted only with the whole record of an erased client. */
    static final List<String> NEVER_UPDATED = List.of("contact_attempt");
    static final List<String> WATCHED = java.util.stream.Stream.concat(APPEND_ONLY.stream(), NEVER_UPDATED.stream()).toList();
    /** "GRANT SELECT, INSERT ON `db`.`table` TO ..." : the privileges and the object. */
    private static final Pattern GRANT = Pattern.compile("^GRANT (.+?) ON (\\S+) TO ", Pattern.CASE_INSENSITIVE);

    private final JdbcTemplate jdbc;
    private final DataSource dataSource;

    AuditGrants(JdbcTemplate jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
    }

    @EventListener(ApplicationReadyEvent.class)
    void warnWhenAuditRowsCanBeChanged() {
        List<String> tables = changeable();
        if (!tables.isEmpty()) {
            log.warn("The database account can change or delete rows of {}, which should only ever grow. Grant it only "
                    + "SELECT and INSERT on them, and DELETE on contact_attempt (see the README, Running on MySQL).",
                    String.join(", ", tables));
        }
    }

    /** The append-only tables this account could update or delete from; empty on a database other than MySQL/MariaDB. */
    List<String> changeable() {
        try (Connection connection = dataSource.getConnection()) {
            String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
            if (!product.contains("mysql") && !product.contains("mariadb")) {
                return List.of();
            }
            String database = connection.getCatalog();
            return changeable(jdbc.queryForList("show grants for current_user()", String.class), database);
        } catch (SQLException e) {
            log.warn("Could not read the database account's grants: {}", e.getMessage());
            return List.of();
        }
    }

    static List<String> changeable(List<String> grants, String database) {
        List<String> tables = new ArrayList<>();
        for (String table : WATCHED) {
            for (String grant : grants) {
                Matcher m = GRANT.matcher(grant.strip());
                if (!m.find()) {
                    continue;
                }
                String privileges = m.group(1).toUpperCase(Locale.ROOT);
                String on = m.group(2).replace("`", "").toLowerCase(Locale.ROOT);
                boolean covers = on.equals("*.*") || on.equals(database.toLowerCase(Locale.ROOT) + ".*")
                        || on.equals(database.toLowerCase(Locale.ROOT) + "." + table);
                String forbidden = NEVER_UPDATED.contains(table) ? "UPDATE" : "UPDATE|DELETE";
                boolean changes = privileges.contains("ALL")
                        || privileges.matches(".*\\b(" + forbidden + ")\\b(?!\\s*\\().*");
                if (covers && changes) {
                    tables.add(table);
                    break;
                }
            }
        }
        return tables;
    }
}
