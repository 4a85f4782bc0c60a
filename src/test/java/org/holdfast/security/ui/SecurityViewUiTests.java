package org.holdfast.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.holdfast.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

import com.vaadin.browserless.SpringBrowserlessTest;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest
@Transactional
class SecurityViewUiTests extends SpringBrowserlessTest {

    private static final String DEMO_PASSWORD = "holdfast-demo";
    private static final String NEW_PASSWORD = "the heron waits by cold water";

    @Autowired
    AuthenticationConfiguration authentication;

    @Test
    @WithUserDetails(TestUsers.ZOE)
    void aWrongCurrentPasswordIsNamedNextToThatFieldAndNothingTypedIsLost() {
        SecurityView view = navigate(SecurityView.class);
        test(view.current).setValue("not my password at all");
        test(view.chosen).setValue(NEW_PASSWORD);
        test(view.repeat).setValue(NEW_PASSWORD);
        test(view.change).click();

        assertThat(view.current.isInvalid()).isTrue();
        assertThat(view.current.getErrorMessage()).isEqualTo("That is not your current password");
        assertThat(view.chosen.getValue()).isEqualTo(NEW_PASSWORD);
        assertThat(view.repeat.getValue()).isEqualTo(NEW_PASSWORD);
        assertThat(view.done.isVisible()).isFalse();
    }

    @Test
    @WithUserDetails(TestUsers.ZOE)
    void aWeakNewPasswordGetsItsReasonNextToTheNewPasswordField() {
        SecurityView view = navigate(SecurityView.class);
        test(view.current).setValue(DEMO_PASSWORD);
        test(view.chosen).setValue("password12345678");
        test(view.repeat).setValue("password12345678");
        test(view.change).click();

        assertThat(view.chosen.isInvalid()).isTrue();
        assertThat(view.chosen.getErrorMessage()).containsIgnoringCase("common");
        assertThat(view.current.getValue()).isEqualTo(DEMO_PASSWORD);

        test(view.chosen).setValue("short");
        test(view.change).click();
        assertThat(view.chosen.getErrorMessage()).contains("at least 15 characters");
    }

    @Test
    @WithUserDetails(TestUsers.ZOE)
    void aChangedPasswordIsConfirmedAndSignsInWhileTheOldOneNoLongerDoes() throws Exception {
        SecurityView view = navigate(SecurityView.class);
        test(view.current).setValue(DEMO_PASSWORD);
        test(view.chosen).setValue(NEW_PASSWORD);
        test(view.repeat).setValue(NEW_PASSWORD);
        test(view.change).click();

        assertThat(view.done.isVisible()).isTrue();
        assertThat(view.done.getText()).startsWith("Your password is changed");
        assertThat(view.current.getValue()).isEmpty();
        assertThat(signIn(NEW_PASSWORD)).isTrue();
        assertThatThrownBy(() -> signIn(DEMO_PASSWORD)).isInstanceOf(BadCredentialsException.class);
    }

    private boolean signIn(String password) throws Exception {
        return authentication.getAuthenticationManager()
                .authenticate(UsernamePasswordAuthenticationToken.unauthenticated(TestUsers.ZOE, password))
                .isAuthenticated();
    }
}
