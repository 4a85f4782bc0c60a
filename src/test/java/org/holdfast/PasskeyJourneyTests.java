package org.holdfast;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

import com.google.gson.JsonObject;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.CDPSession;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/**
 * The journey on the production rule (a second factor required of staff): a clinician who signs in with a
 * password is sent to set up a factor before the caseload, makes a passkey on Chromium's virtual authenticator
 * (DevTools' WebAuthn domain stands in for a phone's screen lock), signs out, signs in with the passkey alone, and
 * from Your devices signs out the session still open on a phone. A passkey belongs to an origin, so this journey
 * runs on a port the relying party is told about.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT, properties = { "server.port=18747",
        "holdfast.security.passkeys.origins=http://localhost:18747",
        "holdfast.security.staff-second-factor=required" })
class PasskeyJourneyTests extends BrowserJourney {

    private static final String PHONE = "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) "
            + "Chrome/131.0.0.0 Mobile Safari/537.36";
    private static final Pattern CASELOAD = Pattern.compile("/caseload(\\?.*)?$");

    @Test
    void aClinicianIsSentToAddAFactorUsesAPasskeyAloneAndSignsOutTheirPhone() throws Exception {
        try (BrowserContext laptopContext = browser.newContext(new Browser.NewContextOptions().setViewportSize(1400, 900));
                BrowserContext phoneContext = browser.newContext(new Browser.NewContextOptions().setUserAgent(PHONE)
                        .setViewportSize(390, 844))) {
            Page laptop = laptopContext.newPage();
            CDPSession devtools = laptopContext.newCDPSession(laptop);
            String authenticatorId = addPlatformAuthenticator(devtools);

            signIn(laptop, TestUsers.SAM, "holdfast-demo");
            // Rerouted, not redirected: whatever address was asked for shows the factor step instead.
            laptop.getByText("One more step").waitFor();
            assertThat(laptop.getByText("Your practice asks staff for a second factor").first()).isVisible();
            laptop.navigate(url("caseload"));
            laptop.getByText("One more step").waitFor();
            assertThat(laptop.locator(".caseload-client-cell")).hasCount(0);
            screenshot(laptop, "passkey-1-second-factor-required-1400.png");

            laptop.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add a passkey on this device")).click();
            laptop.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Use a passkey")).click();
            assertThat(laptop.locator(".caseload-client-cell").first()).isVisible();
            JsonObject which = new JsonObject();
            which.addProperty("authenticatorId", authenticatorId);
            assertThat(devtools.send("WebAuthn.getCredentials", which).getAsJsonArray("credentials")).hasSize(1);

            laptop.navigate(url("account/security"));
            laptop.locator(".passkey-name").first().waitFor();
            screenshot(laptop, "passkey-2-security-page-1400.png");
            laptop.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out").setExact(true)).click();
            laptop.waitForURL(Pattern.compile("/login"));
            Locator withPasskey = laptop.getByRole(AriaRole.BUTTON,
                    new Page.GetByRoleOptions().setName("Sign in with a passkey"));
            withPasskey.waitFor();
            screenshot(laptop, "passkey-3-sign-in-1400.png");
            withPasskey.click();
            laptop.waitForURL(CASELOAD);
            assertThat(laptop.locator(".caseload-client-cell").first()).isVisible();

            Page phone = phoneContext.newPage();
            signIn(phone, TestUsers.SAM, "holdfast-demo");
            phone.getByText("One more step").waitFor();
            screenshot(phone, "passkey-4-second-factor-390.png");

            laptop.navigate(url("account/security"));
            assertThat(laptop.locator(".device-list li")).hasCount(2);
            laptop.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out everywhere else")).click();
            assertThat(laptop.locator(".device-list li")).hasCount(1);

            phone.reload();
            phone.waitForURL(Pattern.compile("/login"));
            assertThat(phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in with a passkey")))
                    .isVisible();
        }
    }

    /** A phone's or laptop's built-in authenticator that holds passkeys and always finds its owner present. */
    private static String addPlatformAuthenticator(CDPSession devtools) {
        devtools.send("WebAuthn.enable");
        JsonObject options = new JsonObject();
        options.addProperty("protocol", "ctap2");
        options.addProperty("transport", "internal");
        options.addProperty("hasResidentKey", true);
        options.addProperty("hasUserVerification", true);
        options.addProperty("isUserVerified", true);
        options.addProperty("automaticPresenceSimulation", true);
        JsonObject authenticator = new JsonObject();
        authenticator.add("options", options);
        return devtools.send("WebAuthn.addVirtualAuthenticator", authenticator).get("authenticatorId").getAsString();
    }
}
