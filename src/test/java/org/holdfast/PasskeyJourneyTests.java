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
 * A passkey made and used in a real browser: Chromium's virtual authenticator (DevTools' WebAuthn domain) stands in
 * for a phone's screen lock. A passkey belongs to an origin, so this journey runs on a port the relying party is
 * told about.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT, properties = { "server.port=18747",
        "holdfast.security.passkeys.origins=http://localhost:18747" })
class PasskeyJourneyTests extends BrowserJourney {

    @Test
    void aClinicianAddsAPasskeyThenSignsInWithItAloneWithoutTypingAPassword() throws Exception {
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1400, 900))) {
            Page page = context.newPage();
            CDPSession devtools = context.newCDPSession(page);
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
            String authenticatorId = devtools.send("WebAuthn.addVirtualAuthenticator", authenticator)
                    .get("authenticatorId").getAsString();

            signIn(page, TestUsers.SAM, "holdfast-demo");
            page.waitForURL("**/caseload");
            page.navigate(url("account/security"));
            page.getByLabel("Name for the new passkey").fill("Work laptop");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add a passkey")).click();
            assertThat(page.getByRole(AriaRole.STATUS)).containsText("Passkey added");
            assertThat(page.locator(".passkey-name")).hasText("Work laptop");
            screenshot(page, "passkey-added-1400.png");

            JsonObject which = new JsonObject();
            which.addProperty("authenticatorId", authenticatorId);
            assertThat(devtools.send("WebAuthn.getCredentials", which).getAsJsonArray("credentials")).hasSize(1);

            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out")).click();
            page.waitForURL("**/login");
            Locator withPasskey = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in with a passkey"));
            withPasskey.waitFor();
            screenshot(page, "passkey-sign-in-1400.png");
            withPasskey.click();
            page.waitForURL(Pattern.compile("/caseload(\\?.*)?$"));
            assertThat(page.locator(".caseload-client-cell").first()).isVisible();
        }
    }
}
