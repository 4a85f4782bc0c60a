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

    @Test
    @WithAnonymousUser
    void afterAnIdleSignOutTheLogInPageSaysWhyInPlainWords() {
        navigate(LoginView.class);
        com.vaadin.flow.component.UI.getCurrent().navigate("login", com.vaadin.flow.router.QueryParameters.of("idle", "15"));
        assertThat($(Paragraph.class).withClassName("login-signed-out").single().getText())
                .isEqualTo("You were signed out after 15 minutes without activity. Sign in again to continue."
                        + " Anything you were writing in your journal or check-in was kept as a draft.");

        com.vaadin.flow.component.UI.getCurrent().navigate("login", com.vaadin.flow.router.QueryParameters.of("ended", "lifetime"));
        assertThat($(Paragraph.class).withClassName("login-signed-out").single().getText())
                .startsWith("You were signed out because a sign-in lasts at most a set time.");

        com.vaadin.flow.component.UI.getCurrent().navigate("login", com.vaadin.flow.router.QueryParameters.empty());
        assertThat($(Paragraph.class).withClassName("login-signed-out").all()).as("no reason shown").isEmpty();
    }

    @Test
    void onlyASmallNumberFromTheAddressIsEverRepeated() {
        assertThat(LoginView.signedOutReason(java.util.Map.of("idle", java.util.List.of("<b>hi</b>"))))
                .hasValue("You were signed out after a time without activity. Sign in again to continue."
                        + " Anything you were writing in your journal or check-in was kept as a draft.");
        assertThat(LoginView.signedOutReason(java.util.Map.of("signed-out", java.util.List.of())))
                .hasValue("You were signed out. Sign in again to continue."
                        + " Anything you were writing in your journal or check-in was kept as a draft.");
    }
}
