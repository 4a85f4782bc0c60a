package org.holdfast.safety.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.holdfast.TestUsers;
import org.holdfast.safety.SafetyService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.Anchor;

@SpringBootTest
class SafetyViewsUiTests extends SpringBrowserlessTest {

    @Autowired
    TestUsers users;

    @Autowired
    SafetyService safety;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    org.holdfast.encryption.ClientKeys keys;

    @Test
    @WithUserDetails(TestUsers.ALEX)
    void theClientTellsTheirClinicianAndTheCaseloadShowsIt() {
        long alex = users.clientId(TestUsers.ALEX);
        SafetyView view = navigate(SafetyView.class);
        assertThat(find(Anchor.class).all()).extracting(Anchor::getHref).contains("tel:999", "tel:112");

        test(view.note).setValue("I saw J. outside work");
        test(view.tell).click();

        assertThat(view.told.isVisible()).isTrue();
        assertThat(view.told.getText()).startsWith("Sent at");
        assertThat(users.as(TestUsers.ELENA, () -> safety.openSignals(List.of(alex)))).containsKey(alex);
        long signal = jdbc.queryForObject("select max(id) from safety_signal where client_id = ?", Long.class, alex);
        assertThat(keys.plainText(jdbc.queryForObject("select note from safety_signal where id = ?", String.class, signal)))
                .isEqualTo("I saw J. outside work");
        // Leave the demo practice as it was for the other tests.
        jdbc.update("delete from safety_signal where id = ?", signal);
    }

    @Test
    @WithUserDetails(TestUsers.ALEX)
    void urgeSupportShowsTheClientsOwnPlanAndLogsTheOutcomeOnce() {
        long alex = users.clientId(TestUsers.ALEX);
        Integer before = jdbc.queryForObject("select count(*) from sos_session where client_id = ?", Integer.class, alex);
        SosView view = navigate(SosView.class);
        String text = view.getElement().getTextRecursively();
        assertThat(text).contains("Why you're doing this").contains("What helps you").contains("cannot send anything");
        assertThat(find(Anchor.class).all()).extracting(Anchor::getHref).anyMatch(h -> h.startsWith("tel:07700"));
        // The write-it-here box is a plain textarea the server never reads.
        assertThat(view.writeHere.getTag()).isEqualTo("textarea");
        assertThat(view.writeHere.getPropertyNames()).doesNotContain("value");

        test(view.wait10).click();
        assertThat(view.waitUntil.getText()).startsWith("Wait until");
        test(view.strength).setValue(6);
        test(view.resisted).click();

        assertThat(view.response.getText()).contains("rode the wave");
        assertThat(view.delayed.isEnabled()).isFalse();
        assertThat(jdbc.queryForObject("select count(*) from sos_session where client_id = ?", Integer.class, alex))
                .isEqualTo(before + 1);
    }
}
