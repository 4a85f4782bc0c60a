package org.holdfast.shell;

import static org.assertj.core.api.Assertions.assertThat;

import org.holdfast.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouterLink;

@SpringBootTest
class ErrorPagesUiTests extends SpringBrowserlessTest {

    @Autowired
    TestUsers users;

    @Test
    @WithUserDetails(TestUsers.ELENA)
    void aClientIdThatIsNotANumberIsAMistypedAddressNotAnException() {
        BadAddressView page = navigate("clients/abc", BadAddressView.class);
        assertThat(text(page)).contains("There is no page at this address").doesNotContain("NumberFormat");
        assertWayHome(page);
    }

    @Test
    @WithUserDetails(TestUsers.ELENA)
    void anUnknownAddressGetsTheFriendlyPageInsideTheLayout() {
        NotFoundView page = navigate("no/such/page", NotFoundView.class);
        assertThat(text(page)).contains("There is no page here for you").doesNotContain("Could not navigate");
        assertThat(page.getParent()).isPresent(); // inside MainLayout, menu and all
        assertWayHome(page);
    }

    @Test
    @WithUserDetails(TestUsers.ALEX)
    void anotherRolesPageIsNotFoundWithoutTheBareVaadinSentence() {
        NotFoundView page = navigate("caseload", NotFoundView.class);
        assertThat(text(page)).doesNotContain("Could not navigate").contains("ask your clinician");
        assertWayHome(page);
    }

    @Test
    @WithUserDetails(TestUsers.ELENA)
    void aClinicianOutsideTheirCaseloadIsToldToAskThePracticeManager() {
        long ruth = users.clientId(TestUsers.RUTH);
        AccessDeniedView page = navigate("clients/" + ruth, AccessDeniedView.class);
        assertThat(text(page)).contains("Not available to you", "ask your practice manager");
        assertWayHome(page);
    }

    @Test
    @WithUserDetails(TestUsers.MANAGER)
    void thePracticeManagerIsNotToldToAskThemselves() {
        long alex = users.clientId(TestUsers.ALEX);
        AccessDeniedView page = navigate("clients/" + alex, AccessDeniedView.class);
        assertThat(text(page)).doesNotContain("ask your practice manager").contains("break-glass");
        assertWayHome(page);
    }

    private static String text(Component page) {
        return page.getElement().getTextRecursively();
    }

    private void assertWayHome(Component page) {
        RouterLink home = find(RouterLink.class).from(page).withText("Back to your home page").single();
        assertThat(home.getHref()).isEqualTo(RouteConfiguration.forSessionScope().getUrl(HomeView.class));
    }
}
