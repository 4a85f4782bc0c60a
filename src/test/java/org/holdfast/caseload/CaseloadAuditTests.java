package org.holdfast.caseload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.holdfast.TestUsers.ALEX;
import static org.holdfast.TestUsers.ELENA;
import static org.holdfast.TestUsers.RUTH;

import org.holdfast.DatabaseTest;
import org.holdfast.TestUsers;
import org.holdfast.audit.AuditLog;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The caseload reads every client's figures: one audit row per page shown, naming each client on it, so each
 * client's "Who has looked" still finds it.
 */
@DatabaseTest
class CaseloadAuditTests {

    static final String COUNT = "select count(*) from audit_event e join audit_event_client c on c.event_id = e.id"
            + " where c.client_id = ? and e.action = 'CASELOAD_FIGURES'";
    static final String ROWS = "select count(*) from audit_event where action = 'CASELOAD_FIGURES' and actor = ?";

    @Autowired
    CaseloadService caseload;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AuditLog audit;

    @Test
    void everyClientOnTheShownPageIsAuditedAndNoOneElse() {
        long alex = users.clientId(ALEX);
        long ruth = users.clientId(RUTH);
        int alexBefore = jdbc.queryForObject(COUNT, Integer.class, alex);
        int ruthBefore = jdbc.queryForObject(COUNT, Integer.class, ruth);
        int rowsBefore = jdbc.queryForObject(ROWS, Integer.class, ELENA);

        int shown = users.as(ELENA, () -> caseload.page(CaseloadFilter.ALL_ACTIVE, Sort.unsorted(), 0, 50)).size();

        assertThat(shown).isGreaterThan(1);
        assertThat(jdbc.queryForObject(ROWS, Integer.class, ELENA)).as("one row for the page").isEqualTo(rowsBefore + 1);
        assertThat(jdbc.queryForObject(COUNT, Integer.class, alex)).isEqualTo(alexBefore + 1);
        assertThat(jdbc.queryForObject(COUNT, Integer.class, ruth)).as("not on Dr Marsh's caseload").isEqualTo(ruthBefore);
        // The one row still shows on Alex's "Who has looked"
        assertThat(users.as(ALEX, () -> audit.whoLookedAtMine(PageRequest.of(0, 5)).getContent()))
                .anyMatch(look -> look.who().equals("Dr Elena Marsh")
                        && look.what().equals("looked at your line on their caseload (plan day, check-ins, slips, homework)"));
    }
}
