package org.holdfast.insights.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.holdfast.TestUsers;
import org.holdfast.insights.RiskSettings;
import org.holdfast.insights.RiskThresholds;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;

import com.vaadin.browserless.SpringBrowserlessTest;

@SpringBootTest
class RiskSettingsViewUiTests extends SpringBrowserlessTest {

    @Autowired
    RiskSettings settings;

    @Autowired
    TestUsers users;

    @AfterEach
    void backToDefaults() {
        users.as(TestUsers.MANAGER, () -> settings.update(RiskThresholds.defaults()));
    }

    @Test
    @WithUserDetails(TestUsers.MANAGER)
    void aValueOutOfRangeIsNamedNextToItsFieldAndNothingIsSaved() {
        RiskSettingsView view = navigate(RiskSettingsView.class);
        assertThat(view.slipsInWindow.getValue()).isEqualTo(2);
        test(view.urgeRise).setValue(new BigDecimal("12.0"));
        test(view.save).click();

        assertThat(view.urgeRise.isInvalid()).isTrue();
        assertThat(view.urgeRise.getErrorMessage()).isEqualTo("At most 10 points: urges go from 0 to 10");
        assertThat(users.as(TestUsers.MANAGER, () -> settings.current()).getUrgeRise()).isEqualByComparingTo("2.0");
    }

    @Test
    @WithUserDetails(TestUsers.MANAGER)
    void savedThresholdsAreTheOnesInForce() {
        RiskSettingsView view = navigate(RiskSettingsView.class);
        test(view.quietDays).setValue(5);
        test(view.save).click();

        assertThat(users.as(TestUsers.MANAGER, () -> settings.current()).getQuietDays()).isEqualTo(5);
        assertThat(view.lastChange.getText()).startsWith("Last changed by " + TestUsers.MANAGER);
    }
}
