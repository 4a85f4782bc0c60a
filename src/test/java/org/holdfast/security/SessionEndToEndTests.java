package org.holdfast.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.holdfast.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The session rules in the running portal (Tomcat, Vaadin's servlet, Spring Security), as a browser meets them:
 * Vaadin's own heartbeat requests do not keep an idle session alive, and the session is really gone afterwards
 * (the registry forgets it, the next page goes to the log-in page); a session ended by the manager is refused
 * at its next heartbeat; sign-out through a TLS proxy sends Clear-Site-Data.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = { "holdfast.security.sessions.staff-idle=2m", "holdfast.security.sessions.client-idle=1m" })
class SessionEndToEndTests {

    private static final Pattern CSRF_META = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
    private static final String PASSWORD = "the-right-passphrase-2026";
    private static final AtomicInteger NEXT = new AtomicInteger();

    @TestConfiguration
    static class MovableTime {
        @Bean
        @Primary
        MutableClock movableClock() {
            return new MutableClock(Clock.systemUTC().instant(), ZoneId.of("UTC"));
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    MutableClock clock;

    @Autowired
    SessionRegistry registry;

    @Autowired
    UserAccountRepository accounts;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    AccountService accountService;

    @Autowired
    TestUsers users;

    @Test
    void anOpenTabsHeartbeatDoesNotKeepAnIdleSessionAndTheSessionIsReallyGone() throws Exception {
        Browser browser = new Browser();
        UserAccount staff = newAccount(Role.CLINICIAN);
        browser.signIn(staff.getUsername(), PASSWORD);
        assertThat(browser.get("/account/security").statusCode()).isEqualTo(200);
        HttpResponse<String> init = browser.get("/?v-r=init&location=account%2Fsecurity");
        assertThat(init.body()).as("Vaadin's session-expired address is the log-in page")
                .contains("\"sessExpMsg\":{\"caption\":null,\"message\":null,\"url\":\"login?signed-out\"}");
        assertThat(registry.getAllSessions(principalOf(staff), false)).hasSize(1);

        clock.advance(Duration.ofSeconds(90));
        HttpResponse<String> beat = browser.heartbeat();
        assertThat(beat.statusCode()).as(beat.headers().map() + beat.body()).isEqualTo(200);
        clock.advance(Duration.ofSeconds(31));

        HttpResponse<String> gone = browser.heartbeat();
        assertThat(gone.statusCode()).as(gone.headers().map() + gone.body()).isEqualTo(410);
        assertThat(registry.getAllSessions(principalOf(staff), true)).as("the server session itself ended").isEmpty();
        HttpResponse<String> next = browser.get("/account/security");
        assertThat(next.statusCode()).isEqualTo(302);
        assertThat(next.headers().firstValue("Location").orElseThrow()).endsWith("/login");
    }

    @Test
    void aSessionTheManagerEndsIsRefusedAtItsNextHeartbeatAndPage() throws Exception {
        Browser browser = new Browser();
        UserAccount client = newAccount(Role.CLIENT);
        browser.signIn(client.getUsername(), PASSWORD);

        users.as(TestUsers.MANAGER, () -> accountService.issuePasswordReset(client.getId()));

        assertThat(browser.heartbeat().statusCode()).isEqualTo(410);
        HttpResponse<String> next = browser.get("/account/security");
        assertThat(next.headers().firstValue("Location").orElseThrow()).endsWith("/login");
    }

    @Test
    void signingOutBehindATlsProxyAsksTheBrowserToClearCookiesAndCache() throws Exception {
        Browser browser = new Browser();
        browser.signIn(newAccount(Role.CLIENT).getUsername(), PASSWORD);
        Matcher token = CSRF_META.matcher(browser.get("/account/security").body());
        assertThat(token.find()).isTrue();

        HttpResponse<String> signedOut = browser.send(browser.request("/logout").header("X-Forwarded-Proto", "https")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + encode(token.group(1)))).build());

        assertThat(signedOut.headers().firstValue("Clear-Site-Data")).hasValue("\"cache\", \"cookies\"");
        assertThat(browser.get("/account/security").statusCode()).isEqualTo(302);
    }

    private Object principalOf(UserAccount account) {
        return registry.getAllPrincipals().stream()
                .filter(p -> p instanceof SignedInUser user && user.accountId() == account.getId()).findFirst()
                .orElse(new SignedInUser(account));
    }

    private UserAccount newAccount(Role role) {
        int n = NEXT.incrementAndGet();
        return accounts.save(new UserAccount("end-to-end-" + n + "@test.holdfast", encoder.encode(PASSWORD),
                "End To End " + n, role, clock.instant()));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** One browser: its own cookie jar, redirects shown rather than followed. */
    private final class Browser {

        private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();

        void signIn(String username, String password) throws Exception {
            Matcher token = CSRF_META.matcher(get("/login").body());
            assertThat(token.find()).isTrue();
            HttpResponse<String> signedIn = send(request("/login")
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("username=" + encode(username) + "&password="
                            + encode(password) + "&_csrf=" + encode(token.group(1))))
                    .build());
            assertThat(signedIn.headers().firstValue("Location").orElse("")).doesNotContain("error");
        }

        /** What Vaadin's client sends every few minutes from an open tab. */
        HttpResponse<String> heartbeat() throws Exception {
            return send(request("/?v-r=heartbeat&v-uiId=0").POST(HttpRequest.BodyPublishers.noBody()).build());
        }

        HttpResponse<String> get(String path) throws Exception {
            return send(request(path).build());
        }

        HttpRequest.Builder request(String path) {
            return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        }

        HttpResponse<String> send(HttpRequest request) throws Exception {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        }
    }
}
