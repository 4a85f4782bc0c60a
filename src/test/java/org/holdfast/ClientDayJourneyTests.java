package org.holdfast;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/**
 * A client's evening between sessions, on a phone: a check-in, urge support, an urge, a slip, a
 * contact attempt by the other person, a change of what the clinician may see, and who has looked.
 */
class ClientDayJourneyTests extends BrowserJourney {

    static final String CLIENT = "hana@demo.holdfast";

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TestUsers users;

    @Test
    void clientLogsTheirEveningAndDecidesWhatTheirClinicianSees() throws IOException {
        long hana = users.clientId(CLIENT);
        int urgesBefore = count("select count(*) from journal_entry where client_id = ? and kind = 'URGE'", hana);
        int slipsBefore = count("select count(*) from journal_entry where client_id = ? and kind = 'SLIP'", hana);
        int attemptsBefore = count("select count(*) from contact_attempt where client_id = ?", hana);

        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(390, 844))) {
            Page page = context.newPage();
            signIn(page, CLIENT, "holdfast-demo");
            page.waitForURL("**/today");
            assertAccessible(page, "today");

            page.getByLabel("Mood today").fill("4");
            page.getByLabel("Urge to make contact").fill("7");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save check-in")).click();
            assertThat(page.getByText("Saved at")).isVisible();
            assertAccessible(page, "client-1-today");
            screenshot(page, "client-1-today.png");

            // Urge support, and its outcome becomes an urge in the journal
            page.navigate(url("pause"));
            page.getByLabel("How strong is the urge right now?").fill("8");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("I didn't make contact")).click();
            assertThat(page.getByText("You rode the wave out.")).isVisible();
            assertAccessible(page, "client-2-sos");
            screenshot(page, "client-2-sos.png");

            page.navigate(url("today"));
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("I had an urge")).click();
            page.waitForURL("**/write/moment");
            assertAccessible(page, "urge log");
            page.getByLabel("How strong was it?").fill("6");
            page.getByText("It passed without contact").click();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save").setExact(true)).click();
            assertThat(page.getByText("You rode this one out")).isVisible();

            page.navigate(url("write/step"));
            assertAccessible(page, "slip log");
            choose(page, "How?", "Text / messaging");
            page.getByText("I reached out").click();
            page.getByLabel("What happened").fill("Sent a short message late in the evening.");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save").setExact(true)).click();
            assertThat(page.getByText("A slip is part of the work, not the end of it").first()).isVisible();
            assertAccessible(page, "client-3-slip");
            screenshot(page, "client-3-slip.png");

            page.navigate(url("write/message"));
            assertAccessible(page, "contact attempt log");
            choose(page, "How did they get in touch?", "Phone");
            page.getByLabel("Who it came from, exactly as shown").fill("+44 7700 900123");
            page.getByLabel("What was said or done").fill("Three missed calls after 22:00.");
            page.getByLabel("How safe do you feel right now?").fill("7");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save").setExact(true)).click();
            assertThat(page.getByText("Recorded and sealed.")).isVisible();

            page.navigate(url("my-sharing"));
            page.getByText("Numbers only").first().click();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save my choice")).click();
            assertThat(page.getByText("Saved. It applies now.")).isVisible();
            assertAccessible(page, "client-4-sharing");
            screenshot(page, "client-4-sharing.png");

            page.navigate(url("who-looked"));
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Who has looked"))).isVisible();
            assertThat(page.getByText("Dr Elena Marsh").first()).isVisible();
            assertAccessible(page, "client-5-who-looked");
            screenshot(page, "client-5-who-looked.png");
        }

        assertThat(count("select count(*) from journal_entry where client_id = ? and kind = 'URGE'", hana))
                .as("the urge and the urge support visit").isEqualTo(urgesBefore + 2);
        assertThat(count("select count(*) from journal_entry where client_id = ? and kind = 'SLIP'", hana))
                .isEqualTo(slipsBefore + 1);
        assertThat(count("select count(*) from contact_attempt where client_id = ?", hana)).isEqualTo(attemptsBefore + 1);
        assertThat(jdbc.queryForObject("select level from journal_consent where client_id = ?", String.class, hana))
                .isEqualTo("NUMBERS_ONLY");
    }

    private int count(String sql, long clientId) {
        return jdbc.queryForObject(sql, Integer.class, clientId);
    }

}
