package org.holdfast.audit.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.holdfast.TestUsers;
import org.holdfast.audit.AuditEvent;
import org.holdfast.caseload.CaseloadFilter;
import org.holdfast.caseload.CaseloadService;
import org.holdfast.journal.JournalService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.Sort;
import org.springframework.security.test.context.support.WithUserDetails;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridTester;
import com.vaadin.flow.component.html.H3;

@SpringBootTest
class AuditViewsUiTests extends SpringBrowserlessTest {

    @Autowired
    TestUsers users;

    @Autowired
    JournalService journal;

    @Test
    @WithUserDetails(TestUsers.MANAGER)
    void thePracticeManagerNarrowsTheLogByClientAndWhat() {
        long zoe = users.clientId(TestUsers.ZOE);
        LocalDate today = LocalDate.now();
        users.as(TestUsers.ELENA, () -> journal.checkIns(zoe, today, today));

        AuditLogView view = navigate(AuditLogView.class);
        GridTester<Grid<AuditEvent>, AuditEvent> grid = test(view.grid);
        assertThat(grid.size()).isPositive();

        test(view.client).selectItem("Zoë Marchetti");
        test(view.action).setValue("check-ins");
        assertThat(grid.size()).isPositive();
        for (int i = 0; i < grid.size(); i++) {
            assertThat(grid.getRow(i).getClientId()).isEqualTo(zoe);
            assertThat(grid.getRow(i).getAction()).startsWith("Check-ins");
        }
        assertThat(grid.getCellText(0, 1)).isEqualTo("Dr Elena Marsh");

        test(view.from).setValue(today.plusDays(1));
        assertThat(grid.size()).isZero();
    }

    @Test
    @WithUserDetails(TestUsers.MANAGER)
    void aCaseloadViewIsOneRowNamingItsClientsAndFoundUnderEachOfThem() {
        users.as(TestUsers.ELENA, () -> caseload.page(CaseloadFilter.ALL_ACTIVE, Sort.unsorted(), 0, 50));

        AuditLogView view = navigate(AuditLogView.class);
        test(view.client).selectItem("Alex Rowan");
        test(view.action).setValue("caseload figures");
        GridTester<Grid<AuditEvent>, AuditEvent> grid = test(view.grid);

        assertThat(grid.size()).isPositive();
        assertThat(grid.getRow(0).getClientId()).as("a row of its own, not one per client").isNull();
        assertThat(grid.getCellText(0, 3)).matches("\\d+ clients: .*").contains("Alex Rowan");
        assertThat(grid.getCellText(0, 4)).isEqualTo("Caseload figures");
    }

    @Autowired
    CaseloadService caseload;

    @Test
    @WithUserDetails(TestUsers.ALEX)
    void theClientSeesWhoLookedGroupedByDay() {
        long alex = users.clientId(TestUsers.ALEX);
        LocalDate today = LocalDate.now();
        users.as(TestUsers.ELENA, () -> journal.checkIns(alex, today, today));

        WhoLookedView view = navigate(WhoLookedView.class);
        assertThat(find(H3.class).all()).extracting(H3::getText).first().isEqualTo("Today");
        assertThat(view.days.getElement().getTextRecursively()).contains("Dr Elena Marsh (clinician)")
                .contains("looked at your check-ins from").doesNotContain("@demo.holdfast");
    }
}
