package org.holdfast.homework.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;

import org.holdfast.TestUsers;
import org.holdfast.homework.Recurrence;
import org.holdfast.shell.AccessDeniedView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H4;

@SpringBootTest
@Transactional
class HomeworkAssigningUiTests extends SpringBrowserlessTest {

    @Autowired
    TestUsers users;

    @Autowired
    JdbcTemplate jdbc;

    final LocalDate today = LocalDate.now();

    @Test
    @WithUserDetails(TestUsers.ELENA)
    void aMissingEndDateIsExplainedAtTheFieldAndEverythingTypedStays() {
        long priya = users.clientId(TestUsers.PRIYA);
        ClientHomeworkView view = navigate(ClientHomeworkView.class, Map.of("clientId", String.valueOf(priya)));
        int before = assignments(priya);
        test(view.assignHomework).click();
        roundTrip(); // a dialog attaches its content on the next round trip
        AssignHomeworkDialog dialog = view.assignDialog;

        test(dialog.template).selectItem("Daily check-in");
        test(dialog.title).setValue("Evening check-in");
        dialog.endDate.clear();
        test(dialog.assign).click();

        assertThat(dialog.endDate.isInvalid()).isTrue();
        assertThat(dialog.endDate.getErrorMessage()).isEqualTo("Daily or weekly homework needs a last day");
        assertThat(dialog.title.getValue()).isEqualTo("Evening check-in");
        assertThat(dialog.instructions.getValue()).startsWith("Once a day, take two minutes");
        assertThat(dialog.recurrence.getValue()).isEqualTo(Recurrence.DAILY);
        assertThat(dialog.isOpened()).isTrue();
        assertThat(assignments(priya)).isEqualTo(before);
        assertThat(dialog.assign.isEnabled()).as("the button comes back for another try").isTrue();

        test(dialog.endDate).setValue(dialog.dueDate.getValue().plusDays(13));
        test(dialog.assign).click();

        assertThat(dialog.isOpened()).isFalse();
        assertThat(assignments(priya)).isEqualTo(before + 1);
        assertThat(find(H4.class).all()).extracting(H4::getText).contains("Evening check-in");
    }

    @Test
    @WithUserDetails(TestUsers.ELENA)
    void aBlankTitleAndAPastDueDateAreExplainedAtTheirFields() {
        long priya = users.clientId(TestUsers.PRIYA);
        ClientHomeworkView view = navigate(ClientHomeworkView.class, Map.of("clientId", String.valueOf(priya)));
        int before = assignments(priya);
        test(view.assignHomework).click();
        roundTrip(); // a dialog attaches its content on the next round trip
        AssignHomeworkDialog dialog = view.assignDialog;

        test(dialog.instructions).setValue("Write down three things that helped this week.");
        dialog.dueDate.setValue(today.minusDays(2)); // the tester refuses a value below the picker's minimum
        test(dialog.assign).click();

        assertThat(dialog.title.isInvalid()).isTrue();
        assertThat(dialog.title.getErrorMessage()).isEqualTo("Give the homework a short title");
        assertThat(dialog.dueDate.isInvalid()).isTrue();
        assertThat(dialog.dueDate.getErrorMessage()).contains("in the past");
        assertThat(dialog.instructions.getValue()).isEqualTo("Write down three things that helped this week.");
        assertThat(dialog.dueDate.getValue()).isEqualTo(today.minusDays(2));
        assertThat(assignments(priya)).isEqualTo(before);
    }

    @Test
    @WithUserDetails(TestUsers.ELENA)
    void theClinicianSeesProgressOverdueDaysAndSharedReflections() {
        long tomas = users.clientId("tom@demo.holdfast"); // struggling lately: behind on homework in the demo
        ClientHomeworkView view = navigate(ClientHomeworkView.class, Map.of("clientId", String.valueOf(tomas)));

        assertThat(find(H1.class).all()).extracting(H1::getText).contains("Tomás Herrera");
        String text = view.current.getElement().getTextRecursively();
        assertThat(text).contains("Done", "overdue", "Couldn't do it:");
        assertThat(text).contains("Review privacy settings and passwords");
    }

    @Test
    @WithUserDetails(TestUsers.ELENA)
    void anotherClinicianClientsHomeworkIsRefusedPlainly() {
        long ruth = users.clientId(TestUsers.RUTH);
        navigate("clients/" + ruth + "/homework", AccessDeniedView.class);
        assertThat(find(H1.class).all()).extracting(H1::getText).containsExactly("Not available to you");
    }

    private int assignments(long clientId) {
        return jdbc.queryForObject("select count(*) from homework_assignment where client_id = ?", Integer.class, clientId);
    }
}
