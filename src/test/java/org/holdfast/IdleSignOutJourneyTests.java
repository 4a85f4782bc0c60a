package org.holdfast;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import org.holdfast.security.AccountService;
import org.holdfast.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.TestPropertySource;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions.IsVisibleOptions;
import com.microsoft.playwright.options.AriaRole;

/**
 * Idle sign-out in a real browser with a tab left open: the page warns before the end, "Stay signed in" keeps
 * the session, and once the idle time has passed (the server's clock is moved on, nothing waits for it) the
 * page's next check lands on the log-in page, which says why. A one-minute limit with the warning 55 seconds
 * before, so the page asks within seconds.
 */
@TestPropertySource(properties = { "holdfast.security.sessions.client-idle=1m",
        "holdfast.security.sessions.warning-before=55s" })
class IdleSignOutJourneyTests extends BrowserJourney {

    @TestConfiguration
    static class MovableTime {
        @Bean
        @Primary
        ShiftedClock shiftedClock() {
            return new ShiftedClock();
        }
    }

    /** The real time, plus however far a test has moved it on. */
    static final class ShiftedClock extends Clock {
        private volatile Duration shift = Duration.ZERO;

        void advance(Duration by) {
            shift = shift.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneId.of("UTC");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return Clock.systemUTC().instant().plus(shift);
        }
    }

    @Autowired
    AccountService accounts;

    @Autowired
    TestUsers users;

    @Autowired
    ShiftedClock clock;

    @Test
    void anOpenTabIsWarnedCanStayAndIsSignedOutWhenTheIdleTimeHasPassed() throws Exception {
        String username = "idle-tab@journey.holdfast";
        String password = "a long passphrase for the idle journey";
        users.as(TestUsers.MANAGER, () -> accounts.create(username, password, "Sam Idle Tab", Role.CLIENT));
        try (BrowserContext context = browser.newContext()) {
            Page page = context.newPage();
            signIn(page, username, password);
            page.waitForURL(url -> !url.contains("login"));
            page.navigate(url("account/security"));

            // The page's first check comes 5 seconds after it opened (60 s limit, warned 55 s before).
            assertThat(page.getByText("Are you still there?")).isVisible(new IsVisibleOptions().setTimeout(20_000));
            screenshot(page, "idle-warning.png");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Stay signed in")).click();
            assertThat(page.getByText("Are you still there?")).not().isVisible();
            assertThat(page.getByText("Your devices")).isVisible();

            clock.advance(Duration.ofMinutes(2));

            page.waitForURL("**/login?idle=1");
            assertThat(page.getByText("You were signed out after 1 minute without activity.")).isVisible();
            screenshot(page, "idle-signed-out.png");
        }
    }
}
