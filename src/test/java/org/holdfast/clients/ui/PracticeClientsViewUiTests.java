package org.holdfast.clients.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.holdfast.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.H2;
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
    void aRecordOpensToThePracticeManagerOnlyAfterBreakGlass() {
        long alex = users.clientId(TestUsers.ALEX);
        navigate("clients/" + alex, AccessDeniedView.class);
        clients.breakGlass(alex, "Safety concern reported while the clinician is away");
        navigate("clients/" + alex, ClientView.class);
        assertThat(find(H2.class).all()).extracting(H2::getText).contains("Alex Rowan");
    }

    @Test
    @WithUserDetails(TestUsers.ELENA)
    void cliniciansDoNotSeeThePracticeList() {
        navigate("admin/clients", RouteNotFoundError.class);
    }
}
