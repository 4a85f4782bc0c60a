package org.holdfast.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.holdfast.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.PropertiesLoaderUtils;

/**
 * What any caller sees over real HTTP: the headers on a signed-in page, what a stranger can reach, and
 * that the log-in form cannot be posted from another site (its CSRF token is on the log-in page itself,
 * where Vaadin's LoginForm picks it up).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ExposureTests {

    private static final Pattern CSRF_META = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    /** One browser: its own cookie jar, and redirects shown rather than followed. */
    private final HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void aSignedInPageCarriesTheSecurityHeadersAndIsNeverStored() throws Exception {
        signIn(TestUsers.ELENA);

        HttpResponse<String> page = get("/caseload");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(header(page, "Content-Security-Policy"))
                .contains("frame-ancestors 'none'", "default-src 'self'", "object-src 'none'", "form-action 'self'",
                        "base-uri 'self'", "connect-src 'self'", "script-src 'self' 'unsafe-inline' 'unsafe-eval';")
                .doesNotContain("http:", "https:", "*");
        assertThat(header(page, "X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(header(page, "X-Frame-Options")).isEqualTo("DENY");
        assertThat(header(page, "Referrer-Policy")).isEqualTo("no-referrer");
        assertThat(header(page, "Permissions-Policy")).contains("camera=()", "microphone=()", "geolocation=()");
        assertThat(header(page, "Cache-Control")).contains("no-store");
    }

    @Test
    void strictTransportSecurityOnlyOverHttpsWhichAProxyCanVouchFor() throws Exception {
        assertThat(get("/login").headers().firstValue("Strict-Transport-Security")).isEmpty();

        HttpResponse<String> proxied = browser.send(request("/login").header("X-Forwarded-Proto", "https").build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(header(proxied, "Strict-Transport-Security")).contains("max-age=");
        assertThat(proxied.headers().allValues("Set-Cookie")).allSatisfy(cookie -> assertThat(cookie)
                .contains("Secure").contains("HttpOnly"));
    }

    @Test
    void aStrangerIsSentToSignInForAnyPortalPage() throws Exception {
        for (String page : new String[] { "/caseload", "/audit", "/", "/no-such-page" }) {
            HttpResponse<String> response = get(page);
            assertThat(response.statusCode()).as(page).isEqualTo(302);
            assertThat(header(response, "Location")).as(page).endsWith("/login");
        }
    }

    @Test
    void aStrangerReachesTheLogInPageStylesheetsAndHealthProbes() throws Exception {
        assertThat(get("/login").statusCode()).isEqualTo(200);
        assertThat(get("/styles/holdfast.css").statusCode()).isEqualTo(200);
        assertThat(get("/actuator/health").statusCode()).isEqualTo(200);
        assertThat(get("/actuator/health/liveness").statusCode()).isEqualTo(200);
        assertThat(get("/actuator/env").statusCode()).isNotEqualTo(200);
    }

    @Test
    void textIsSentCompressedToABrowserThatAsks() throws Exception {
        for (String path : new String[] { "/login", "/styles/holdfast.css" }) {
            HttpResponse<byte[]> gzipped = browser.send(request(path).header("Accept-Encoding", "gzip").build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertThat(header(gzipped, "Content-Encoding")).as(path).isEqualTo("gzip");
            String text = new String(new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(gzipped.body()))
                    .readAllBytes(), StandardCharsets.UTF_8);
            assertThat(text.length()).as(path).isGreaterThan(gzipped.body().length);
        }
        assertThat(header(get("/login"), "Content-Encoding")).as("only when asked").isEmpty();
    }

    @Test
    void searchEnginesAreAskedToKeepOut() throws Exception {
        HttpResponse<String> robots = get("/robots.txt");
        assertThat(robots.statusCode()).isEqualTo(200);
        assertThat(robots.body()).contains("User-agent: *", "Disallow: /");
        assertThat(header(get("/login"), "X-Robots-Tag")).isEqualTo("noindex, nofollow");
        assertThat(get("/login").body()).contains("<meta name=\"robots\" content=\"noindex, nofollow\"");
    }

    @Test
    void aLogInPostedWithoutTheFormsCsrfTokenDoesNotSignIn() throws Exception {
        get("/login");

        HttpResponse<String> crossSite = postLogin(TestUsers.ELENA, "holdfast-demo", null);

        assertThat(header(crossSite, "Location")).as("refused, back to the log-in page").endsWith("/login");
        assertThat(header(get("/caseload"), "Location")).endsWith("/login");
    }

    @Test
    void aLogInPostedWithTheTokenFromTheLogInPageSignsIn() throws Exception {
        signIn(TestUsers.ELENA);

        assertThat(get("/caseload").statusCode()).isEqualTo(200);
    }

    @Test
    void theDefaultDatabaseOpensNoNetworkPort() throws Exception {
        Properties defaults = PropertiesLoaderUtils.loadProperties(new ClassPathResource("application.properties"));
        assertThat(defaults.getProperty("spring.datasource.url").toUpperCase()).startsWith("JDBC:H2:FILE:")
                .doesNotContain("AUTO_SERVER").doesNotContain(":TCP:");
    }

    private void signIn(String username) throws Exception {
        Matcher token = CSRF_META.matcher(get("/login").body());
        assertThat(token.find()).as("the log-in page carries its CSRF token for the form").isTrue();
        HttpResponse<String> signedIn = postLogin(username, "holdfast-demo", token.group(1));
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(header(signedIn, "Location")).doesNotContain("error");
    }

    private HttpResponse<String> postLogin(String username, String password, String csrfToken) throws Exception {
        String form = "username=" + encode(username) + "&password=" + encode(password)
                + (csrfToken == null ? "" : "&_csrf=" + encode(csrfToken));
        return browser.send(request("/login").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path) throws Exception {
        return browser.send(request(path).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
    }

    private static String header(HttpResponse<?> response, String name) {
        return response.headers().firstValue(name).orElse("");
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
