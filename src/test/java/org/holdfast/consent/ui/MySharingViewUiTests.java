package org.holdfast.consent.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.holdfast.TestUsers;
import org.holdfast.consent.SharingLevel;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

import com.vaadin.browserless.SpringBrowserlessTest;

@SpringBootTest
@Transactional // rolled back: Priya's consent goes back to the demo's
class MySharingViewUiTests extends SpringBrowserlessTest {

    @Test
    @WithUserDetails(TestUsers.PRIYA)
    void aChangeAppliesAtOnceIsKeptInTheHistoryAndTheSafetySignalIsNamed() {
        MySharingView view = navigate(MySharingView.class);
        assertThat(view.level.getValue()).isEqualTo(SharingLevel.NUMBERS_ONLY);
        assertThat(view.getElement().getTextRecursively()).contains("your clinician is always told");

        view.level.setValue(SharingLevel.NUMBERS_AND_SHARED_ENTRIES);
        test(view.contactLog).click();
        test(view.save).click();

        assertThat(view.current.getText()).contains("numbers and the entries I mark as shared");
        assertThat(view.history.getElement().getTextRecursively())
                .contains("numbers only → numbers and the entries I mark as shared; contact log shared");
    }
}
