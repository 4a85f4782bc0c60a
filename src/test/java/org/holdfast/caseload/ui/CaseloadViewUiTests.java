package org.holdfast.caseload.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.holdfast.TestUsers;
import org.holdfast.caseload.CaseloadRow;
import org.holdfast.insights.ClientRisk;
import org.holdfast.shell.AccessDeniedView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridTester;
import com.vaadin.flow.component.html.H1;

@SpringBootTest
class CaseloadViewUiTests extends SpringBrowserlessTest {

    @Autowired
    TestUsers users;

    @Test
    @WithUserDetails(TestUsers.ELENA)
    void caseloadShowsTheClinicianClientsWithPlanProgress() {
        CaseloadView view = navigate(CaseloadView.class);
        GridTester<Grid<CaseloadRow>, CaseloadRow> grid = test(view.grid);
        assertThat(grid.size()).isEqualTo(12);
        assertThat(grid.getHeaderCell(1)).isEqualTo("Flags");
        assertThat(grid.getHeaderCell(2)).isEqualTo("Plan");
        // Who needs attention first, unless the clinician sorts otherwise
        List<CaseloadRow> rows = IntStream.range(0, grid.size()).mapToObj(grid::getRow).toList();
        assertThat(rows).extracting(CaseloadRow::flags).isSortedAccordingTo(ClientRisk.MOST_ATTENTION_FIRST);
        assertThat(rows.getFirst().flags()).isNotEmpty();
        assertThat(rows).anyMatch(r -> r.clientName().equals("Alex Rowan") && r.plan() != null);
    }

    @Test
    @WithUserDetails(TestUsers.ELENA)
    void aSearchWithoutTheAccentFindsZoe() {
        CaseloadView view = navigate(CaseloadView.class);
        test(view.search).setValue("zoe");
        assertThat(test(view.grid).size()).isEqualTo(1);
        assertThat(test(view.grid).getRow(0).clientName()).isEqualTo("Zoë Marchetti");
        assertThat(view.noMatch.isVisible()).isFalse();
    }

    @Test
    @WithUserDetails(TestUsers.ELENA)
    void aSearchThatMatchesNobodySaysSo() {
        CaseloadView view = navigate(CaseloadView.class);
        test(view.search).setValue("xyzzy");
        assertThat(test(view.grid).size()).isZero();
        assertThat(view.noMatch.isVisible()).isTrue();
        assertThat(view.noMatch.getText()).startsWith("No client matches \u201cxyzzy\u201d");
    }

    @Test
    @WithUserDetails(TestUsers.ELENA)
    void oneHeaderClickSortsByThatColumnAndAttentionOrderIsOneClickAway() {
        CaseloadView view = navigate(CaseloadView.class);
        GridTester<Grid<CaseloadRow>, CaseloadRow> grid = test(view.grid);
        assertThat(view.attentionFirst.isEnabled()).isFalse();

        grid.sortByColumn(grid.getHeaderCell(5).equals("Slips 14d") ? 5 : -1);

        assertThat(view.grid.getSortOrder()).hasSize(1);
        List<CaseloadRow> bySlips = IntStream.range(0, grid.size()).mapToObj(grid::getRow).toList();
        assertThat(bySlips).extracting(CaseloadRow::slipsLast14Days).isSorted();
        assertThat(view.attentionFirst.isEnabled()).isTrue();

        test(view.attentionFirst).click();

        List<CaseloadRow> byAttention = IntStream.range(0, grid.size()).mapToObj(grid::getRow).toList();
        assertThat(byAttention).extracting(CaseloadRow::flags).isSortedAccordingTo(ClientRisk.MOST_ATTENTION_FIRST);
        assertThat(view.attentionFirst.isEnabled()).isFalse();
    }

    @Test
    @WithUserDetails(TestUsers.ELENA)
    void searchNarrowsTheCaseload() {
        CaseloadView view = navigate(CaseloadView.class);
        test(view.search).setValue("zo");
        assertThat(test(view.grid).size()).isEqualTo(1);
        assertThat(test(view.grid).getRow(0).clientName()).isEqualTo("Zoë Marchetti");
    }

    @Test
    @WithUserDetails(TestUsers.ELENA)
    void clientRecordOpensForOwnClient() {
        long alex = users.clientId(TestUsers.ALEX);
        navigate(ClientView.class, Map.of("clientId", String.valueOf(alex)));
        assertThat(find(H1.class).all()).extracting(H1::getText).contains("Alex Rowan");
    }

    @Test
    @WithUserDetails(TestUsers.ELENA)
    void theOverviewSuggestsAnAgendaWhoseTopicsLinkToTheEvidence() {
        long zoe = users.clientId(TestUsers.ZOE);
        navigate(ClientView.class, Map.of("clientId", String.valueOf(zoe)));
        assertThat(find(com.vaadin.flow.component.html.H3.class).all())
                .extracting(com.vaadin.flow.component.html.H3::getText).contains("Suggested agenda for the next session");
        assertThat(find(com.vaadin.flow.router.RouterLink.class).all())
                .filteredOn(a -> a.getText().startsWith("Contact from them is escalating"))
                .singleElement().extracting(com.vaadin.flow.router.RouterLink::getHref)
                .isEqualTo("clients/" + zoe + "/insights");
    }

    @Test
    @WithUserDetails(TestUsers.ELENA)
    void anotherClinicianClientRecordIsRefusedPlainly() {
        long ruth = users.clientId(TestUsers.RUTH);
        navigate("clients/" + ruth, AccessDeniedView.class);
        assertThat(find(H1.class).all()).extracting(H1::getText).containsExactly("Not available to you");
    }
}
