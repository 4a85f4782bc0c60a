package org.holdfast.audit.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.holdfast.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

import com.vaadin.browserless.SpringBrowserlessTest;

/** A signed-in person opening a page their role may not open leaves a refusal in the audit log. */
@SpringBootTest
class RefusedNavigationUiTests extends SpringBrowserlessTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    @WithUserDetails(TestUsers.ALEX)
    void aClientOpeningTheManagersAuditLogIsRefusedAndLogged() {
        Long last = jdbc.queryForObject("select coalesce(max(id), 0) from audit_event", Long.class);

        try {
            navigate(AuditLogView.class);
        } catch (RuntimeException refused) {
            // However the refusal is shown (an error page, or the exception here), it is the log that matters.
        }

        List<Map<String, Object>> refused = jdbc.queryForList(
                "select * from audit_event where action = 'REFUSED' and actor = ? and id > ?", TestUsers.ALEX, last);
        assertThat(refused).singleElement().satisfies(row -> {
            assertThat(row.get("action_text")).isEqualTo("page /admin/audit");
            assertThat(row.get("client_id")).isNull();
        });
        assertThat(getCurrentView()).isNotInstanceOf(AuditLogView.class);
    }
}
