package org.holdfast.clients.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.holdfast.TestUsers;
import org.holdfast.shared.ui.ActivationLinkPanel;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.H1;

@SpringBootTest
@Transactional
class NewClientViewUiTests extends SpringBrowserlessTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    @WithUserDetails(TestUsers.ELENA)
    void badEmailIsExplainedAtTheFieldAndTheNameIsKept() {
        NewClientView view = navigate(NewClientView.class);
        test(view.displayName).setValue("Robin Vale");
        view.email.setValue("robin-at-example");
        test(view.create).click();

        assertThat(view.email.isInvalid()).isTrue();
        assertThat(view.email.getErrorMessage()).contains("email address");
        assertThat(view.displayName.getValue()).isEqualTo("Robin Vale");
    }

    @Test
    @WithUserDetails(TestUsers.ELENA)
    void aPastedNameOverTheLimitIsKeptWholeAndSaysHowMuchToCut() {
        NewClientView view = navigate(NewClientView.class);
        String pasted = "Robin ".repeat(21); // 126 characters, the limit is 120
        test(view.displayName).setValue(pasted);
        test(view.email).setValue("robin.vale@example.org");
        test(view.create).click();

        assertThat(view.displayName.getValue()).isEqualTo(pasted);
        assertThat(view.displayName.getErrorMessage()).isEqualTo("6 characters too long: shorten it to save");
        assertThat(jdbc.queryForObject("select count(*) from client where display_name like 'Robin Robin%'", Integer.class))
                .isZero();
    }

    @Test
    @WithUserDetails(TestUsers.ELENA)
    void addingAClientShowsTheActivationLinkOnce() {
        NewClientView view = navigate(NewClientView.class);
        test(view.displayName).setValue("Robin Vale");
        test(view.email).setValue("robin.vale@example.org");
        test(view.create).click();

        assertThat(find(H1.class).all()).extracting(H1::getText).contains("Robin Vale is on your caseload");
        ActivationLinkPanel panel = find(ActivationLinkPanel.class).single();
        assertThat(panel.link.getValue()).contains("/activate/");
        assertThat(jdbc.queryForObject("select clinician_id from client where display_name = 'Robin Vale'", Long.class))
                .isEqualTo(jdbc.queryForObject("select id from user_account where username = ?", Long.class, TestUsers.ELENA));
    }
}
