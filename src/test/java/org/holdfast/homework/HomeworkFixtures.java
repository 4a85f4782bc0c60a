package org.holdfast.homework;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import org.holdfast.TestUsers;
import org.holdfast.clients.ClientService;
import org.holdfast.consent.ConsentService;
import org.holdfast.plans.PlanService;
import org.holdfast.security.CurrentUser;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.SimpleJdbcInsert;
import org.springframework.stereotype.Component;

/**
 * Test helpers: the homework service as it would behave on another day (to create occurrences in
 * the past through the real code), forms, and fresh clients whose homework the test alone writes.
 */
@Component
class HomeworkFixtures {

    private final HomeworkTemplateRepository templates;
    private final HomeworkAssignmentRepository assignments;
    private final HomeworkCompletionRepository completions;
    private final ClientService clients;
    private final PlanService plans;
    private final ConsentService consent;
    private final CurrentUser currentUser;
    private final JdbcTemplate jdbc;
    private final TestUsers users;

    HomeworkFixtures(HomeworkTemplateRepository templates, HomeworkAssignmentRepository assignments,
            HomeworkCompletionRepository completions, ClientService clients, PlanService plans, ConsentService consent,
            CurrentUser currentUser, JdbcTemplate jdbc, TestUsers users) {
        this.templates = templates;
        this.assignments = assignments;
        this.completions = completions;
        this.clients = clients;
        this.plans = plans;
        this.consent = consent;
        this.currentUser = currentUser;
        this.jdbc = jdbc;
        this.users = users;
    }

    /**
     * The same service with its clock set to {@code day}. Called directly, without the security and
     * validation proxies: the row-level checks inside still run through {@link ClientService}.
     */
    HomeworkService on(LocalDate day) {
        ZoneId zone = ZoneId.systemDefault();
        return new HomeworkService(templates, assignments, completions, clients, plans, consent, currentUser,
                Clock.fixed(day.atStartOfDay(zone).plusHours(12).toInstant(), zone));
    }

    /** A new client of {@code clinician} with no homework yet; rolled back with the test. */
    long newClientOf(String clinician) {
        String username = "test-" + UUID.randomUUID() + "@demo.holdfast";
        Timestamp now = Timestamp.from(Instant.now());
        long account = insert("user_account", "username", username, "password_hash", "{noop}x", "display_name",
                "Test Client", "role", "CLIENT", "enabled", true, "created_at", now, "version", 0);
        return insert("client", "account_id", account, "clinician_id", users.accountId(clinician), "display_name",
                "Test Client " + account, "created_at", now, "version", 0);
    }

    private long insert(String table, Object... pairs) {
        java.util.Map<String, Object> values = new java.util.LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            values.put((String) pairs[i], pairs[i + 1]);
        }
        return new SimpleJdbcInsert(jdbc).withTableName(table).usingGeneratedKeyColumns("id")
                .usingColumns(values.keySet().toArray(String[]::new)).executeAndReturnKey(values).longValue();
    }

    static AssignmentForm once(String title, LocalDate due) {
        AssignmentForm form = new AssignmentForm();
        form.setTitle(title);
        form.setInstructions("Instructions for " + title);
        form.setRecurrence(Recurrence.ONCE);
        form.setDueDate(due);
        return form;
    }

    static AssignmentForm recurring(String title, Recurrence recurrence, LocalDate first, LocalDate last) {
        AssignmentForm form = once(title, first);
        form.setRecurrence(recurrence);
        form.setEndDate(last);
        return form;
    }

    static TemplateForm template(String title, String instructions, Recurrence recurrence) {
        TemplateForm form = new TemplateForm();
        form.setTitle(title);
        form.setInstructions(instructions);
        form.setSuggestedRecurrence(recurrence);
        return form;
    }
}
