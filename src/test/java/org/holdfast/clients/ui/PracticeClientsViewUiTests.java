package org.holdfast.clients.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.holdfast.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.router.RouteNotFoundError;

@SpringBootTest
class PracticeClientsViewUiTests extends SpringBrowserlessTest {

    @Test
    @WithUserDetails(TestUsers.MANAGER)
    void practiceManagerSeesEveryClientWithTheirClinician() {
        PracticeClientsView view = navigate(PracticeClientsView.class);
        assertThat(test(view.grid).size()).isEqualTo(24);
    }

    @Test
    @WithUserDetails(TestUsers.ELENA)
    void cliniciansDoNotSeeThePracticeList() {
        navigate("admin/clients", RouteNotFoundError.class);
    }
}
