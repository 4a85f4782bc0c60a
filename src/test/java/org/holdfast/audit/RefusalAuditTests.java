package org.holdfast.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.holdfast.TestUsers.ALEX;
import static org.holdfast.TestUsers.ELENA;
import static org.holdfast.TestUsers.RUTH;

import java.util.List;
import java.util.Map;

import org.holdfast.DatabaseTest;
import org.holdfast.TestUsers;
import org.holdfast.plans.PlanService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/**
 * Refused attempts are in the audit log: who tried what, on whose record when known, once per attempt,
 * and with nothing of the record in it. Not in a test transaction: the rows commit on their own.
 */
@DatabaseTest
class RefusalAuditTests {

    static final String REFUSALS = "select * from audit_event where action = 'REFUSED' and actor = ? and id > ? order by id";

    @Autowired
    PlanService plans;

    @Autowired
    AuditLog audit;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aClinicianRefusedAnotherClinciansClientIsLoggedOnceAgainstThatClient() {
        long ruth = users.clientId(RUTH);
        long last = lastId();

        assertThatThrownBy(() -> users.as(ELENA, () -> plans.activePlans(ruth))).isInstanceOf(AccessDeniedException.class);

        List<Map<String, Object>> refused = jdbc.queryForList(REFUSALS, ELENA, last);
        assertThat(refused).as("one row, from the outermost service call").singleElement().satisfies(row -> {
            assertThat(((Number) row.get("client_id")).longValue()).isEqualTo(ruth);
            assertThat(row.get("action_text")).isEqualTo("PlanService.activePlans");
            assertThat(row.get("actor_name")).isEqualTo("Dr Elena Marsh");
            assertThat(row.get("actor_role")).isEqualTo("CLINICIAN");
        });
        List<ContentAccess> ruthSees = users.as(RUTH, () -> audit.whoLookedAtMine(PageRequest.of(0, 50)).getContent());
        assertThat(ruthSees).as("nothing was seen, so nothing to show Ruth").noneMatch(a -> a.what().contains("refused"));
        assertThat(users.as(TestUsers.MANAGER, () -> audit.forClient(ruth))).extracting(AuditEvent::getAction)
                .contains("Refused: PlanService.activePlans");
    }

    @Test
    void aRoleRefusedByMethodSecurityIsLoggedWithoutAClient() {
        long last = lastId();

        assertThatThrownBy(() -> users.as(ALEX, () -> audit.search(AuditFilter.NONE, PageRequest.of(0, 5))))
                .isInstanceOf(AccessDeniedException.class);

        assertThat(jdbc.queryForList(REFUSALS, ALEX, last)).singleElement().satisfies(row -> {
            assertThat(row.get("client_id")).isNull();
            assertThat(row.get("action_text")).isEqualTo("AuditLog.search");
        });
    }

    private long lastId() {
        Long id = jdbc.queryForObject("select max(id) from audit_event", Long.class);
        return id == null ? 0 : id;
    }
}
