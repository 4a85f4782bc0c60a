package org.holdfast.clients.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.holdfast.TestUsers;
import org.holdfast.clients.ClientSummary;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.router.RouteNotFoundError;
import org.holdfast.caseload.ui.ClientView;
import org.holdfast.shell.AccessDeniedView;

@SpringBootTest
@org.springframework.transaction.annotation.Transactional
class PracticeClientsViewUiTests extends SpringBrowserlessTest {

    @org.springframework.beans.factory.annotation.Autowired
    TestUsers users;

    @org.springframework.beans.factory.annotation.Autowired
    org.holdfast.clients.ClientService clients;

    @Test
    @WithUserDetails(TestUsers.MANAGER)
    void practiceManagerSeesEveryClientWithTheirClinician() {
        PracticeClientsView view = navigate(PracticeClientsView.class);
        assertThat(test(view.grid).size()).isGreaterThanOrEqualTo(24); // other tests may add clients
    }

    @Test
    @WithUserDetails(TestUsers.MANAGER)
    void searchingThePracticeIgnoresAccentsAndSaysWhenNobodyMatches() {
        PracticeClientsView view = navigate(PracticeClientsView.class);
        test(view.search).setValue("zoe");
        assertThat(test(view.grid).size()).isEqualTo(1);
        assertThat(test(view.grid).getRow(0).displayName()).isEqualTo("Zoë Marchetti");
        assertThat(view.noMatch.isVisible()).isFalse();

        test(view.search).setValue("xyzzy");
        assertThat(test(view.grid).size()).isZero();
        assertThat(view.noMatch.getText()).isEqualTo("No client matches \u201cxyzzy\u201d.");
    }

    @Test
    @WithUserDetails(TestUsers.MANAGER)
    void aRecordOpensToThePracticeManagerOnlyAfterBreakGlass() {
        long alex = users.clientId(TestUsers.ALEX);
        navigate("clients/" + alex, AccessDeniedView.class);
        clients.breakGlass(alex, "Safety concern reported while the clinician is away");
        navigate("clients/" + alex, ClientView.class);
        assertThat(find(H1.class).all()).extracting(H1::getText).contains("Alex Rowan");
    }

    @org.springframework.beans.factory.annotation.Autowired
    org.holdfast.security.AccountService accounts;

    @Test
    @WithUserDetails(TestUsers.MANAGER)
    void reassigningAClientAsksFirstNamingBothClinicians() {
        PracticeClientsView view = navigate(PracticeClientsView.class);
        long alex = users.clientId(TestUsers.ALEX);
        ClientSummary alexNow = clients.practiceClients("Alex Rowan", org.springframework.data.domain.PageRequest.of(0, 5))
                .getContent().getFirst();
        var elena = accounts.clinicians().stream().filter(c -> c.username().equals(TestUsers.ELENA)).findFirst().orElseThrow();
        var sam = accounts.clinicians().stream().filter(c -> c.username().equals(TestUsers.SAM)).findFirst().orElseThrow();
        com.vaadin.flow.component.select.Select<org.holdfast.security.AccountService.AccountSummary> select =
                new com.vaadin.flow.component.select.Select<>();
        select.setItems(elena, sam);

        view.confirmReassign(alexNow, select, elena, sam);

        assertThat(view.reassignDialog.getHeaderTitle()).isEqualTo("Move Alex Rowan to " + sam.displayName() + "?");
        assertThat(view.reassignDialog.getElement().getTextRecursively()).contains(elena.displayName());
        assertThat(select.getValue()).as("unchanged until confirmed").isEqualTo(elena);
        assertThat(clinicianOf(alex)).isEqualTo(elena.id());

        test($(com.vaadin.flow.component.button.Button.class)
                .withText("Move to " + sam.displayName()).single()).click();

        assertThat(clinicianOf(alex)).isEqualTo(sam.id());
        assertThat(select.getValue()).isEqualTo(sam);
    }

    private long clinicianOf(long clientId) {
        return clients.practiceClients("Alex Rowan", org.springframework.data.domain.PageRequest.of(0, 5)).getContent()
                .stream().filter(c -> c.id() == clientId).findFirst().orElseThrow().clinicianId();
    }

    @Test
    @WithUserDetails(TestUsers.ELENA)
    void cliniciansDoNotSeeThePracticeList() {
        navigate("admin/clients", RouteNotFoundError.class);
    }
}
