package org.holdfast;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.holdfast.security.ui.PhoneApp;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.TestPropertySource;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/**
 * A clinician on the production setting ({@code required}) signs in with a password, is sent to set up an
 * authenticator app before the caseload, types the key's code, is shown the recovery codes once and then reaches
 * the caseload, in a session that now has a new id; the page still works after a reload.
 */
@TestPropertySource(properties = "holdfast.security.staff-second-factor=required")
class SecondFactorJourneyTests extends BrowserJourney {

    private static final String PASSWORD = "a heron waits by the cold water";

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PasswordEncoder encoder;

    @Test
    void aClinicianSetsUpAnAuthenticatorAppBeforeTheCaseload() throws Exception {
        String clinician = "journey-factor-" + System.nanoTime() + "@test.holdfast";
        jdbc.update("insert into user_account (username, password_hash, display_name, role, enabled, created_at, version) "
                + "values (?, ?, 'Dr Journey Factor', 'CLINICIAN', true, ?, 0)", clinician, encoder.encode(PASSWORD),
                java.sql.Timestamp.from(Instant.now()));
        try (BrowserContext context = browser.newContext(new com.microsoft.playwright.Browser.NewContextOptions()
                .setViewportSize(1200, 900))) {
            Page page = context.newPage();
            signIn(page, clinician, PASSWORD);
            page.getByText("One more step").waitFor();

            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Set up an authenticator app")).click();
            page.locator("img.qr-code").waitFor();
            String key = page.locator(".totp-secret").innerText();
            screenshot(page, "second-factor-set-up.png");
            String before = sessionId(context);
            page.getByLabel("The 6-digit code the app shows now").fill(PhoneApp.codeFor(key));
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Confirm and turn on")).click();

            assertThat(page.locator(".recovery-codes li").first().innerText()).matches("[A-Z2-7]{4}(-[A-Z2-7]{4}){3}");
            assertThat(page.locator(".recovery-codes li").count()).isEqualTo(10);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("I have saved them")).click();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Caseload PDF")).waitFor();
            assertThat(sessionId(context)).as("a new session id once the factor is used").isNotEqualTo(before);

            page.reload();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Caseload PDF")).waitFor();
            assertThat(page.getByText("One more step").count()).isZero();
        }
    }

    private static String sessionId(BrowserContext context) {
        return context.cookies().stream().filter(c -> c.name.equals("JSESSIONID")).map(c -> c.value).findFirst()
                .orElse("");
    }
}
