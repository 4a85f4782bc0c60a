package org.holdfast;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import javax.sql.DataSource;

/**
 * The query plan of recorded statements, on the database they ran on: MySQL/MariaDB's EXPLAIN rows, or
 * H2's EXPLAIN text. A full scan is {@code type=ALL} on MySQL/MariaDB and a {@code tableScan} on H2.
 */
public final class QueryPlans {

    /** The tables that grow with every day of every client: a full scan of one of these is never acceptable. */
    public static final List<String> JOURNAL_TABLES = List.of("check_in", "journal_entry", "contact_attempt");

    public record Plan(SqlCapture.Statement statement, String text, List<String> fullScans) {
    }

    private QueryPlans() {
    }

    public static List<Plan> explain(DataSource dataSource, List<SqlCapture.Statement> statements, List<String> tables)
            throws SQLException {
        List<Plan> plans = new ArrayList<>();
        try (Connection c = dataSource.getConnection()) {
            boolean h2 = c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("h2");
            for (SqlCapture.Statement s : statements) {
                if (tables.stream().noneMatch(s::reads)) {
                    continue;
                }
                try (PreparedStatement ps = s.prepare(c, "explain "); ResultSet rs = ps.executeQuery()) {
                    plans.add(h2 ? h2Plan(s, rs, tables) : mysqlPlan(s, rs, tables));
                }
            }
        }
        return plans;
    }

    private static Plan h2Plan(SqlCapture.Statement s, ResultSet rs, List<String> tables) throws SQLException {
        StringBuilder text = new StringBuilder();
        while (rs.next()) {
            text.append(rs.getString(1)).append('\n');
        }
        List<String> scans = tables.stream()
                .filter(t -> Pattern.compile("\\b" + t + "\\.tablescan\\b").matcher(text.toString().toLowerCase(Locale.ROOT)).find())
                .toList();
        return new Plan(s, text.toString(), scans);
    }

    private static Plan mysqlPlan(SqlCapture.Statement s, ResultSet rs, List<String> tables) throws SQLException {
        ResultSetMetaData meta = rs.getMetaData();
        StringBuilder text = new StringBuilder();
        List<String> scans = new ArrayList<>();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
            text.append(meta.getColumnLabel(i)).append(i < meta.getColumnCount() ? " | " : "\n");
        }
        while (rs.next()) {
            for (int i = 1; i <= meta.getColumnCount(); i++) {
                text.append(rs.getString(i)).append(i < meta.getColumnCount() ? " | " : "\n");
            }
            // EXPLAIN names tables by their alias in the statement (Hibernate's "ci1_0"): map it back.
            String alias = rs.getString("table");
            String type = rs.getString("type");
            if ("ALL".equalsIgnoreCase(type)) {
                tables.stream().filter(t -> aliasOf(s.sql(), t, alias)).forEach(scans::add);
            }
        }
        return new Plan(s, text.toString(), scans);
    }

    private static boolean aliasOf(String sql, String table, String alias) {
        if (alias == null) {
            return false;
        }
        return alias.equalsIgnoreCase(table) || Pattern.compile("(?i)\\b" + table + "\\s+(as\\s+)?" + Pattern.quote(alias) + "\\b")
                .matcher(sql).find();
    }
}
