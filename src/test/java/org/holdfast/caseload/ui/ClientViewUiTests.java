package org.holdfast.caseload.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.holdfast.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;

@SpringBootTest
@Transactional
class ClientViewUiTests extends SpringBrowserlessTest {

    @Autowired
    TestUsers users;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    @WithUserDetails(TestUsers.ELENA)
    void theBrowserTabNamesTheClientWhoseRecordIsOpen() {
        long alex = users.clientId(TestUsers.ALEX);
        String name = jdbc.queryForObject("select display_name from client where id = ?", String.class, alex);

        navigate(ClientView.class, Map.of("clientId", String.valueOf(alex)));

        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo(name + " · Overview · Holdfast");
    }

    @Test
    @WithUserDetails(TestUsers.ELENA)
    void theClinicianIsOfferedTheWholeRecordAsAZipForATransferOfCare() {
        long alex = users.clientId(TestUsers.ALEX);

        ClientView view = navigate(ClientView.class, Map.of("clientId", String.valueOf(alex)));

        assertThat($(com.vaadin.flow.router.RouterLink.class).from(view).withText(ClientView.EXPORT_LINK).single().getHref())
                .isEqualTo("clients/" + alex + "/export");
    }
}
