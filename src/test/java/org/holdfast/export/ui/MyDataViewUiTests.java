package org.holdfast.export.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.holdfast.TestUsers;
import org.holdfast.reports.ui.ReportButton;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.router.RouterLink;

@SpringBootTest
class MyDataViewUiTests extends SpringBrowserlessTest {

    @Autowired
    TestUsers users;

    @Test
    @WithUserDetails(TestUsers.RUTH)
    void theClientIsToldWhatTheDownloadHoldsAndOfferedItWithTheWayBackToSharing() {
        MyDataView view = navigate(MyDataView.class);
        assertThat(view.getElement().getTextRecursively()).contains(MyDataView.WHAT_IT_HOLDS, "keep it somewhere only you can open");
        assertThat($(ReportButton.class).from(view).all()).hasSize(1);
        assertThat($(Button.class).from(view).withText("Download my data (ZIP)").single().isEnabled()).isTrue();
        assertThat($(RouterLink.class).from(view).withText("What my clinician sees: Sharing").single().getHref())
                .isEqualTo("my-sharing");
    }

    @Test
    @WithUserDetails(TestUsers.SAM)
    void theClinicianIsOfferedTheExportOnTheirOwnClientsRecordAndToldItIsAudited() {
        long ruth = users.clientId(TestUsers.RUTH);
        ClientExportView view = navigate("clients/" + ruth + "/export", ClientExportView.class);
        assertThat(view.getElement().getTextRecursively()).contains("You will be asked to confirm it is you",
                "Ruth Ellery can see that you made it");
        assertThat($(Button.class).from(view).withText(ClientExportView.LABEL).single().isEnabled()).isTrue();
    }
}
