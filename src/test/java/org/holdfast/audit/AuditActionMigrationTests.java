package org.holdfast.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.holdfast.security.AuditAction;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * V13 moves the sentences audit rows were written with to the typed form: each old sentence becomes its
 * kind and parameters, and reads back in the same words as before. Runs the real migrations on an empty
 * H2 database in the portal's MySQL mode.
 */
class AuditActionMigrationTests {

    @Test
    void oldSentencesBecomeTheirKindWithTheirParameters() {
        JdbcDataSource db = new JdbcDataSource();
        db.setURL("jdbc:h2:mem:audit-migration;MODE=MySQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1");
        Flyway.configure().dataSource(db).target("12").load().migrate();
        JdbcTemplate jdbc = new JdbcTemplate(db);
        List<String> sentences = List.of("Check-ins 2026-11-01 to 2026-11-14", "Journal, last 90 days",
                "Insights (30 days; since last session)", "Plan history 12", "Plan 12 version 3", "Plan 12", "Plan list",
                "Plan handout PDF", "Active plans", "Plans", "Sessions", "Safety signals",
                "Homework: assignments, outcomes and shared reflections", "Risk flags", "Session prep PDF",
                "Contact evidence PDF", "Contact-attempt log, all records", "Contact-attempt log verification",
                "Caseload figures", "Caseload summary PDF", "Break-glass access opened", "Something nobody typed");
        for (String sentence : sentences) {
            jdbc.update("insert into audit_event (occurred_at, actor, client_id, action) values (?, 'elena', 1, ?)",
                    Timestamp.from(Instant.parse("2026-11-14T10:00:00Z")), sentence);
        }

        Flyway.configure().dataSource(db).load().migrate();

        List<Map<String, Object>> rows = jdbc.queryForList("select * from audit_event order by id");
        List<AuditAction> actions = rows.stream().map(AuditActionMigrationTests::action).toList();
        assertThat(actions).containsExactly(
                new AuditAction.CheckIns(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 14)),
                new AuditAction.Journal(90), new AuditAction.Insights("30 days; since last session"),
                new AuditAction.PlanHistory(12), new AuditAction.Plan(12, 3), new AuditAction.Plan(12),
                AuditAction.Read.PLAN_LIST, AuditAction.Read.PLAN_HANDOUT_PDF, AuditAction.Read.ACTIVE_PLANS,
                AuditAction.Read.OWN_PLANS, AuditAction.Read.SESSIONS, AuditAction.Read.SAFETY_SIGNALS,
                AuditAction.Read.HOMEWORK, AuditAction.Read.RISK_FLAGS, AuditAction.Read.SESSION_PREP_PDF,
                AuditAction.Read.CONTACT_EVIDENCE_PDF, AuditAction.Read.CONTACT_LOG, AuditAction.Read.CONTACT_LOG_VERIFICATION,
                AuditAction.Read.CASELOAD_FIGURES, AuditAction.Read.CASELOAD_SUMMARY_PDF, AuditAction.Read.BREAK_GLASS_OPENED,
                new AuditAction.Recorded("Something nobody typed"));
        // The manager's log reads as it did before the migration
        assertThat(actions.stream().map(AuditWords::forPractice)).containsExactlyElementsOf(sentences);
    }

    /** The row as the entity rebuilds it from its columns. */
    private static AuditAction action(Map<String, Object> row) {
        AuditEventColumns c = new AuditEventColumns(row);
        return AuditEvent.rebuild(c.text("action"), c.date("period_from"), c.date("period_to"), c.integer("period_days"),
                c.number("plan_id"), c.integer("plan_version"), c.text("action_text"));
    }

    private record AuditEventColumns(Map<String, Object> row) {
        String text(String column) {
            return (String) row.get(column);
        }

        LocalDate date(String column) {
            Object value = row.get(column);
            return value == null ? null : ((java.sql.Date) value).toLocalDate();
        }

        Integer integer(String column) {
            Object value = row.get(column);
            return value == null ? null : ((Number) value).intValue();
        }

        Long number(String column) {
            Object value = row.get(column);
            return value == null ? null : ((Number) value).longValue();
        }
    }
}
