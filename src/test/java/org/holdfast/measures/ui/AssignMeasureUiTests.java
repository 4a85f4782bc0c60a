package org.holdfast.measures.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.holdfast.TestUsers;
import org.holdfast.measures.Instrument;
import org.holdfast.measures.MeasureAssignmentForm;
import org.holdfast.measures.MeasureRecurrence;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

import com.vaadin.browserless.SpringBrowserlessTest;

@SpringBootTest
@Transactional
class AssignMeasureUiTests extends SpringBrowserlessTest {

    @Autowired
    TestUsers users;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    @WithUserDetails(TestUsers.ELENA)
    void aScheduleThatEndsBeforeItStartsIsExplainedAtTheEndDateAndNothingIsAssigned() {
        long priya = users.clientId(TestUsers.PRIYA);
        ClientMeasuresView view = navigate(ClientMeasuresView.class, Map.of("clientId", String.valueOf(priya)));
        test(view.assignMeasure).click();
        roundTrip(); // a dialog attaches its content on the next round trip
        AssignMeasureDialog dialog = view.assignDialog;

        test(dialog.instrument).selectItem(Instrument.GAD7.title());
        test(dialog.recurrence).selectItem(MeasureRecurrence.EVERY_2_WEEKS.label());
        test(dialog.end).setValue(dialog.start.getValue().minusDays(1));
        test(dialog.assign).click();

        assertThat(dialog.end.isInvalid()).isTrue();
        assertThat(dialog.end.getErrorMessage()).isEqualTo(MeasureAssignmentForm.ENDS_BEFORE_START);
        assertThat(dialog.isOpened()).isTrue();
        assertThat(count(priya)).isZero();

        test(dialog.end).setValue(dialog.start.getValue().plusWeeks(8));
        test(dialog.assign).click();
        assertThat(dialog.isOpened()).isFalse();
        assertThat(count(priya)).isOne();
    }

    private int count(long clientId) {
        return jdbc.queryForObject("select count(*) from measure_assignment where client_id = ?", Integer.class, clientId);
    }
}
