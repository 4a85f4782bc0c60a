package org.holdfast.shell;

import static org.assertj.core.api.Assertions.assertThat;

import org.holdfast.TestUsers;
import org.holdfast.caseload.ui.CaseloadView;
import org.holdfast.journal.ui.TodayView;
import org.holdfast.security.ui.LoginView;
import org.holdfast.security.ui.UsersView;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithUserDetails;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.RouteNotFoundError;

@SpringBootTest
class HomeRoutingUiTests extends SpringBrowserlessTest {

    @Test
    @WithUserDetails(TestUsers.ELENA)
    void clinicianLandsOnCaseload() {
        navigate("", CaseloadView.class);
        // Feature modules add their own entries after the home entry; what matters here is that each
        // role's menu starts at its home and never offers another role's pages.
        assertThat(menu()).startsWith("Caseload").doesNotContain("Today", "Accounts");
    }

    @Test
    @WithUserDetails(TestUsers.ALEX)
    void clientLandsOnToday() {
        navigate("", TodayView.class);
        assertThat(menu()).startsWith("Today").doesNotContain("Caseload", "Accounts");
    }

    @Test
    @WithUserDetails(TestUsers.MANAGER)
    void practiceManagerLandsOnAccounts() {
        navigate("", UsersView.class);
        assertThat(menu()).containsExactly("Clients", "Accounts", "Risk flags", "Audit log", "Record check", "Retention and erasure",
                "Sign-in and security");
    }

    @Test
    @WithAnonymousUser
    void strangersAreSentToSignIn() {
        navigate("caseload", LoginView.class);
    }

    @Test
    @WithUserDetails(TestUsers.ALEX)
    void clientCannotOpenTheCaseload() {
        // Vaadin answers "not found" rather than revealing that the page exists
        navigate("caseload", RouteNotFoundError.class);
    }

    private java.util.List<String> menu() {
        return MenuItems.of(UI.getCurrent()).labels();
    }
}
