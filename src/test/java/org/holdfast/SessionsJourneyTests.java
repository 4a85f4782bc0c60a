package org.holdfast;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.holdfast.security.AccountService;
import org.holdfast.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/**
 * A client signed in on a laptop and on a phone: the second sign-in says when the first was, the laptop's
 * "Your devices" lists both, and signing the phone out from there sends the phone's open page to the log-in page
 * at its next click (the server's answer to an ended session, as Vaadin's page in a real browser follows it).
 */
class SessionsJourneyTests extends BrowserJourney {

    private static final String PASSWORD = "a long passphrase for the journey";
    private static final String PHONE = "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) "
            + "Chrome/131.0.0.0 Mobile Safari/537.36";

    @Autowired
    AccountService accounts;

    @Autowired
    TestUsers users;

    @Test
    void aClientSeesBothDevicesAndSignsThePhoneOutFromTheLaptop() throws Exception {
        String username = "two-devices@journey.holdfast";
        users.as(TestUsers.MANAGER, () -> accounts.create(username, PASSWORD, "Robin Two Devices", Role.CLIENT));
        try (BrowserContext phoneContext = browser.newContext(new Browser.NewContextOptions().setUserAgent(PHONE)
                .setViewportSize(412, 915));
                BrowserContext laptopContext = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900))) {
            Page phone = phoneContext.newPage();
            signIn(phone, username, PASSWORD);
            phone.waitForURL(url -> !url.contains("login"));
            phone.navigate(url("account/security"));
            assertThat(phone.getByText("Your devices")).isVisible();

            Page laptop = laptopContext.newPage();
            signIn(laptop, username, PASSWORD);
            assertThat(laptop.getByText("Last signed in")).isVisible();
            assertThat(laptop.getByText("Last signed in")).containsText("Chrome Mobile on Android.");
            laptop.navigate(url("account/security"));
            assertThat(laptop.locator(".device-list li")).hasCount(2);
            assertThat(laptop.locator(".device-list li").first()).containsText("This device");
            assertAccessible(laptop, "sessions-your-devices");
            screenshot(laptop, "sessions-your-devices.png");

            laptop.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out Chrome Mobile on Android")).click();
            assertThat(laptop.getByText("Chrome Mobile on Android is signed out.")).isVisible();
            assertThat(laptop.locator(".device-list li")).hasCount(1);

            phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Change password")).click();
            phone.waitForURL("**/login?signed-out");
            assertThat(phone.getByText("You were signed out. Sign in again to continue.")).isVisible();
            assertAccessible(phone, "sessions-signed-out-phone");
            screenshot(phone, "sessions-signed-out-phone.png");
        }
    }
}
