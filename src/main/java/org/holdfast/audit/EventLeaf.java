package org.holdfast.audit;

import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * An audit event as a leaf of the log: every column of its row, and the clients a read of several named, in a
 * canonical form ({@code length:value;} in a fixed order, so no value can shift into its neighbour). The time is the
 * stored wall-clock value, so the form does not depend on a driver's or a JVM's time zone.
 */
final class EventLeaf {

    /** The columns the form covers, in its order, for every query that reads events for the log. */
    static final String COLUMNS = "e.id, e.occurred_at, e.actor, e.actor_name, e.actor_role, e.client_id, e.action, "
            + "e.period_from, e.period_to, e.period_days, e.plan_id, e.plan_version, e.action_text, e.reason, e.detail";

    private EventLeaf() {
    }

    /** The leaf hash of the event in the current row of {@code row}, read by {@link #COLUMNS}. */
    static byte[] hash(ResultSet row, List<Long> clientsNamed) throws SQLException {
        return MerkleTree.leafHash(form(row, clientsNamed).getBytes(StandardCharsets.UTF_8));
    }

    /** The leaf's data: the canonical form of the event, what an inclusion proof starts from. */
    static String form(ResultSet row, List<Long> clientsNamed) throws SQLException {
        StringBuilder form = new StringBuilder("holdfast-audit-event-v1;");
        field(form, row.getLong("id"));
        field(form, row.getObject("occurred_at", LocalDateTime.class));
        field(form, row.getString("actor"));
        field(form, row.getString("actor_name"));
        field(form, row.getString("actor_role"));
        field(form, row.getObject("client_id", Long.class));
        field(form, row.getString("action"));
        field(form, row.getObject("period_from", LocalDate.class));
        field(form, row.getObject("period_to", LocalDate.class));
        field(form, row.getObject("period_days", Integer.class));
        field(form, row.getObject("plan_id", Long.class));
        field(form, row.getObject("plan_version", Integer.class));
        field(form, row.getString("action_text"));
        field(form, row.getString("reason"));
        field(form, row.getString("detail"));
        field(form, clientsNamed.isEmpty() ? null : clientsNamed.stream().sorted().map(String::valueOf)
                .reduce((a, b) -> a + "," + b).orElseThrow());
        return form.toString();
    }

    /**
     * The fields of a canonical form, in {@link #COLUMNS} order and then the clients named; a field written as "-"
     * is null. Empty when the text is not such a form (it was changed).
     */
    static java.util.Optional<List<String>> fields(String form) {
        String prefix = "holdfast-audit-event-v1;";
        if (form == null || !form.startsWith(prefix)) {
            return java.util.Optional.empty();
        }
        List<String> fields = new java.util.ArrayList<>();
        int at = prefix.length();
        while (at < form.length()) {
            if (form.startsWith("-;", at)) {
                fields.add(null);
                at += 2;
                continue;
            }
            int colon = form.indexOf(':', at);
            if (colon < 0 || colon - at > 9 || !form.substring(at, colon).matches("\\d+")) {
                return java.util.Optional.empty();
            }
            int end = colon + 1 + Integer.parseInt(form.substring(at, colon));
            if (end >= form.length() || form.charAt(end) != ';') {
                return java.util.Optional.empty();
            }
            fields.add(form.substring(colon + 1, end));
            at = end + 1;
        }
        return fields.size() == 16 ? java.util.Optional.of(fields) : java.util.Optional.empty();
    }

    private static void field(StringBuilder out, Object value) {
        if (value == null) {
            out.append("-;");
        } else {
            String text = value.toString();
            out.append(text.length()).append(':').append(text).append(';');
        }
    }
}
