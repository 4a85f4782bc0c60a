package org.holdfast.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.holdfast.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithAnonymousUser;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.login.LoginForm;

/** "Forgot your password?" from the log-in page: a refusal that tells nothing about the account, nothing typed lost. */
@SpringBootTest
class ForgotPasswordViewUiTests extends SpringBrowserlessTest {

    private static final String NEW_PASSWORD = "lanterns over the quiet harbour";

    @Test
    @WithAnonymousUser
    void theLogInPageLeadsToTheRecoveryCodeReset() {
        navigate(LoginView.class);

        test($(LoginForm.class).single()).forgotPassword();

        assertThat(getCurrentView()).isInstanceOf(ForgotPasswordView.class);
    }

    @Test
    @WithAnonymousUser
    void anUnknownUsernameAndAWrongCodeGetTheSameWordsNextToTheCodeAndNothingTypedIsLost() {
        ForgotPasswordView view = navigate(ForgotPasswordView.class);
        String unknown = attempt(view, "nobody-at-all@demo.holdfast", "AAAA-BBBB-CCCC-DDDD");
        String wrong = attempt(view, TestUsers.PRIYA, "AAAA-BBBB-CCCC-DDDD");

        assertThat(unknown).isEqualTo(wrong).contains("do not go together");
        assertThat(view.username.getValue()).isEqualTo(TestUsers.PRIYA);
        assertThat(view.password.getValue()).isEqualTo(NEW_PASSWORD);
    }

    @Test
    @WithAnonymousUser
    void aWeakNewPasswordIsNamedNextToThePasswordBeforeAnyCodeIsTried() {
        ForgotPasswordView view = navigate(ForgotPasswordView.class);
        test(view.username).setValue(TestUsers.PRIYA);
        test(view.code).setValue("AAAA-BBBB-CCCC-DDDD");
        test(view.password).setValue("password");
        test(view.repeat).setValue("password");
        test(view.reset).click();

        assertThat(view.password.isInvalid()).isTrue();
        assertThat(view.code.isInvalid()).isFalse();
    }

    private String attempt(ForgotPasswordView view, String username, String code) {
        test(view.username).setValue(username);
        test(view.code).setValue(code);
        test(view.password).setValue(NEW_PASSWORD);
        test(view.repeat).setValue(NEW_PASSWORD);
        test(view.reset).click();
        assertThat(view.code.isInvalid()).isTrue();
        return view.code.getErrorMessage();
    }
}
