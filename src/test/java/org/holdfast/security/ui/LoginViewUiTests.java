package org.holdfast.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.security.test.context.support.WithAnonymousUser;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.Paragraph;

@SpringBootTest
class LoginViewUiTests extends SpringBrowserlessTest {

    @Test
    @WithAnonymousUser
    void theDemoSaysOnTheLogInPageThatItsPasswordsAreShared() {
        navigate(LoginView.class);

        assertThat($(Paragraph.class).withClassName("login-demo-notice").single().getText())
                .contains("demo", "shares one published password", "never enter real client information");
    }

    @Test
    void aRealPracticeShowsNoDemoNotice() {
        MockEnvironment production = new MockEnvironment().withProperty("holdfast.demo-data", "false");
        production.setActiveProfiles("mysql");

        assertThat(LoginView.runsTheDemo(production)).isFalse();
    }

    @Test
    void theDemoProfileShowsItOnARealDatabaseToo() {
        MockEnvironment demoOnMysql = new MockEnvironment().withProperty("holdfast.demo-data", "false");
        demoOnMysql.setActiveProfiles("mysql", "demo");

        assertThat(LoginView.runsTheDemo(demoOnMysql)).isTrue();
    }
}
