package org.holdfast.load;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The fault test's checks that need a Vaadin session of their own (deploy/fault-test.sh runs them with java):
 * <ul>
 * <li>{@code draft-start URL NODE USER...}: each client signs in on that node (HAProxy's cookie), opens "I had an urge",
 * types a strength of 7 and leaves without saving: the portal keeps the draft on the server.</li>
 * <li>{@code draft-find URL USER...}: each signs in again (wherever HAProxy sends them now) and must find it.</li>
 * <li>{@code read URL USER}: a clinician signs in and opens the caseload (reads) and prints how long it took.</li>
 * </ul>
 * Loopback only, like the harness. Exit status 1 when a check fails.
 */
public final class FaultChecks {

    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"");

    private final String base;
    private final Map<String, String> cookies = new LinkedHashMap<>();
    private final VaadinPage page = new VaadinPage();

    private FaultChecks(String base) {
        this.base = base;
    }

    public static void main(String[] args) throws Exception {
        String command = args[0];
        String url = args[1];
        new LoadSettings(url, 1, 60, 1, 30, 1, 1, 1, 1, null, false); // refuses a non-loopback address
        boolean ok = true;
        switch (command) {
            case "draft-start" -> {
                for (String user : Arrays.copyOfRange(args, 3, args.length)) {
                    FaultChecks session = new FaultChecks(url);
                    session.cookies.put("HOLDFAST_NODE", args[2]);
                    session.signIn(user, "Daily check-in");
                    session.uidl(session.page.navigate("write/moment"), "I had an urge");
                    session.uidl(session.page.values(Map.of(session.page.find("vaadin-integer-field", "How strong was it?"), "7")), null);
                    System.out.println("draft left: " + user + " on " + session.cookies.get("HOLDFAST_NODE"));
                }
            }
            case "draft-find" -> {
                for (String user : Arrays.copyOfRange(args, 2, args.length)) {
                    FaultChecks session = new FaultChecks(url);
                    try {
                        session.signIn(user, "Daily check-in");
                        String answer = session.uidl(session.page.navigate("write/moment"), "I had an urge");
                        boolean found = answer.contains("We kept what you had started");
                        System.out.println((found ? "draft found: " : "DRAFT MISSING: ") + user + " (now on "
                                + session.cookies.getOrDefault("HOLDFAST_NODE", "?") + ")");
                        ok &= found;
                    } catch (IOException | IllegalStateException e) {
                        System.out.println("DRAFT NOT CHECKED: " + user + ": " + e.getMessage());
                        ok = false;
                    }
                }
            }
            case "read" -> {
                FaultChecks session = new FaultChecks(url);
                long t0 = System.nanoTime();
                try {
                    session.signIn(args[2], "Caseload");
                    boolean listed = !session.page.links("clients/\\d+").isEmpty();
                    System.out.printf("read: %s signed in and read the caseload in %d ms%s%n", args[2],
                            (System.nanoTime() - t0) / 1_000_000, listed ? "" : " BUT IT LISTS NO CLIENT");
                    ok = listed;
                } catch (IOException | IllegalStateException e) {
                    System.out.println("READ FAILED: " + e.getMessage());
                    ok = false;
                }
            }
            default -> throw new IllegalArgumentException("draft-start, draft-find or read");
        }
        System.exit(ok ? 0 : 1);
    }

    private void signIn(String user, String landing) throws IOException, InterruptedException {
        String login = get("/login");
        Matcher csrf = CSRF.matcher(login);
        if (!csrf.find()) {
            throw new IllegalStateException("no CSRF token on the log-in page");
        }
        page.init(get("/?v-r=init&location=login&query="));
        uidl(page.navigate("login"), null);
        String form = "username=" + enc(user) + "&password=" + enc(PortalLoadSimulation.PASSWORD) + "&_csrf=" + enc(csrf.group(1));
        HttpResponse<String> signedIn = send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)));
        String location = signedIn.headers().firstValue("Location").orElse("");
        if (signedIn.statusCode() != 302 || location.contains("error")) {
            throw new IllegalStateException(user + " could not sign in (" + signedIn.statusCode() + " " + location + ")");
        }
        page.init(get("/?v-r=init&location=&query="));
        uidl(page.navigate(""), landing);
    }

    private String uidl(String body, String expect) throws IOException, InterruptedException {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(base + "/?v-r=uidl&v-uiId=" + page.uiId()))
                .header("Content-Type", "application/json; charset=UTF-8").POST(HttpRequest.BodyPublishers.ofString(body)));
        var problem = page.response(response.body());
        if (response.statusCode() != 200 || problem.isPresent()) {
            throw new IllegalStateException("UIDL answer " + response.statusCode() + " " + problem.orElse(""));
        }
        if (expect != null && !response.body().contains(expect)) {
            throw new IllegalStateException("expected \"" + expect + "\" on the page");
        }
        return response.body();
    }

    private String get(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(base + path)).GET());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET " + path + " answered " + response.statusCode());
        }
        return response.body();
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        if (!cookies.isEmpty()) {
            request.header("Cookie", String.join("; ", cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList()));
        }
        HttpResponse<String> response = HTTP.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        List<String> set = response.headers().allValues("Set-Cookie");
        for (String cookie : set) {
            String pair = cookie.split(";", 2)[0];
            int eq = pair.indexOf('=');
            if (eq > 0) {
                cookies.put(pair.substring(0, eq).strip(), pair.substring(eq + 1).strip());
            }
        }
        return response;
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
