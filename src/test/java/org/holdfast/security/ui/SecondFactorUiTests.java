package org.holdfast.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

import org.holdfast.TestUsers;
import org.holdfast.security.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.ListItem;


/**
 * The pages of the second factor under {@code required}: an unverified clinician asking for the caseload lands on
 * the second-factor page and sets up an app there (the key shown on the page, decoded here, makes the code), sees
 * ten recovery codes once, and then reaches the caseload; a wrong code is said next to the field; a client is never
 * sent there. Accounts are made per test and signed in through Spring Security's password provider.
 */
@SpringBootTest(properties = "holdfast.security.staff-second-factor=required")
class SecondFactorUiTests extends SpringBrowserlessTest {

    private static final String PASSWORD = "a heron waits by the cold water";
    private static final AtomicInteger NEXT = new AtomicInteger();

    @Autowired
    AuthenticationConfiguration authentication;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void anUnverifiedClinicianIsSentToSetUpAFactorAndThenReachesTheCaseload() throws Exception {
        signIn(account(Role.CLINICIAN));

        SecondFactorView page = navigate("caseload", SecondFactorView.class);
        AuthenticatorSection section = $(AuthenticatorSection.class, page).single();
        test(section.setUp).click();
        String key = section.secret.getText();
        test(section.code).setValue("123456".equals(PhoneApp.codeFor(key)) ? "654321" : "123456");
        test(section.confirm).click();
        assertThat(section.code.isInvalid()).as("a wrong code is refused next to the field").isTrue();
        assertThat(section.code.getErrorMessage()).contains("not the code the app shows now");

        test(section.code).setValue(PhoneApp.codeFor(key));
        test(section.confirm).click();
        assertThat(section.recoveryCodes.getChildren().filter(ListItem.class::isInstance).count()).isEqualTo(10);
        test($(com.vaadin.flow.component.button.Button.class, section).withText("I have saved them").single()).click();

        assertThat(getCurrentView().getClass().getSimpleName()).isEqualTo("CaseloadView");
        navigate("caseload", com.vaadin.flow.component.Component.class);
        assertThat(getCurrentView()).isNotInstanceOf(SecondFactorView.class);
    }

    @Test
    void aClinicianWithAnAppIsAskedForACodeAndARecoveryCodeAlsoLetsThemThrough() throws Exception {
        String clinician = account(Role.CLINICIAN);
        signIn(clinician);
        SecondFactorView first = navigate("caseload", SecondFactorView.class);
        AuthenticatorSection section = $(AuthenticatorSection.class, first).single();
        test(section.setUp).click();
        test(section.code).setValue(PhoneApp.codeFor(section.secret.getText()));
        test(section.confirm).click();
        String recoveryCode = ((ListItem) section.recoveryCodes.getChildren().findFirst().orElseThrow()).getText();

        signIn(clinician);
        navigate(LoginView.class); // signed in anew: a new page, not the one the set-up happened on
        SecondFactorView again = navigate("caseload", SecondFactorView.class);
        assertThat($(AuthenticatorSection.class, again).exists()).as("asked for a code, not to set one up").isFalse();
        test(again.code).setValue("not a code");
        test(again.verify).click();
        assertThat(again.code.isInvalid()).isTrue();
        assertThat(again.code.getErrorMessage()).contains("not right");

        test(again.code).setValue(recoveryCode);
        test(again.verify).click();
        assertThat(getCurrentView().getClass().getSimpleName()).isEqualTo("CaseloadView");
    }

    @Test
    void aClientIsNeverSentToTheSecondFactorPage() throws Exception {
        signIn(TestUsers.ZOE, "holdfast-demo");

        navigate("today", com.vaadin.flow.component.Component.class);
        assertThat(getCurrentView()).isNotInstanceOf(SecondFactorView.class);
    }

    private void signIn(String username) throws Exception {
        signIn(username, PASSWORD);
    }

    private void signIn(String username, String password) throws Exception {
        var result = authentication.getAuthenticationManager()
                .authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, password));
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(result);
        SecurityContextHolder.setContext(context);
    }

    private String account(Role role) {
        String username = "factor-ui-" + NEXT.incrementAndGet() + "-" + System.nanoTime() + "@test.holdfast";
        jdbc.update("insert into user_account (username, password_hash, display_name, role, enabled, created_at, version) "
                + "values (?, ?, 'Factor Page Test', ?, true, ?, 0)", username, encoder.encode(PASSWORD), role.name(),
                java.sql.Timestamp.from(Instant.now()));
        return username;
    }
}
