package org.holdfast.integrity.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.holdfast.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.Div;

/**
 * The practice manager runs the record check from its page and sees it pass; after someone rewrites an audit event
 * in the database it fails, says which, and every staff page carries the notice until a check passes again.
 */
@SpringBootTest
class RecordCheckViewUiTests extends SpringBrowserlessTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    @WithUserDetails(TestUsers.MANAGER)
    void theManagerRunsTheCheckAndAFailureShowsOnEveryStaffPageUntilItPassesAgain() {
        RecordCheckView view = navigate(RecordCheckView.class);
        test(view.runNow).click();
        assertThat(view.status.getText()).startsWith("Passed on").contains("contact-attempt records all match");
        assertThat(view.problem.isVisible()).isFalse();

        // The check brought the log up to date first, so every event so far is in it.
        Long id = jdbc.queryForObject("select max(event_id) from audit_leaf", Long.class);
        String reason = jdbc.queryForObject("select reason from audit_event where id = ?", String.class, id);
        jdbc.update("update audit_event set reason = 'rewritten' where id = ?", id);
        try {
            test(view.runNow).click();
            assertThat(view.status.getText()).startsWith("FAILED on");
            assertThat(view.problem.getText()).contains("Audit event #" + id);
            navigate(org.holdfast.audit.ui.AuditLogView.class);
            assertThat($(Div.class).withClassName("record-check-alert").single().getElement().getTextRecursively())
                    .contains("found something that does not match");
        } finally {
            jdbc.update("update audit_event set reason = ? where id = ?", reason, id);
        }
        view = navigate(RecordCheckView.class);
        test(view.runNow).click();
        assertThat(view.status.getText()).startsWith("Passed on");
        navigate(org.holdfast.audit.ui.AuditLogView.class);
        assertThat($(Div.class).withClassName("record-check-alert").all()).isEmpty();
    }
}
