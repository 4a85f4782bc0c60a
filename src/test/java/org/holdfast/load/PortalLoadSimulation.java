package org.holdfast.load;

import static io.gatling.javaapi.core.CoreDsl.*;
import static io.gatling.javaapi.http.HttpDsl.*;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.OpenInjectionStep;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

/**
 * Clinicians and clients (one to {@link LoadSettings#clientsPerClinician}) using a running portal through real Vaadin
 * sessions: Spring Security's form sign-in with its CSRF token, then Flow's init request and UIDL requests carrying
 * the Vaadin-Security-Key, syncId and clientId, fields and buttons found by their labels in the UIDL changes. Users
 * are added level by level; after each level {@link LoadRun} judges it and the run stops at the first level whose
 * p95 of an interaction passes the limit or that saw an error. Each virtual user signs in with an account of its own
 * (the demo's {@code holdfast.demo.load-accounts}), so every client writes only into its own record.
 */
public class PortalLoadSimulation extends Simulation {

    static final String PASSWORD = "holdfast-demo";

    private static final LoadSettings SETTINGS = LoadSettings.fromEnvironment();
    private static final AtomicInteger NEXT_CLIENT = new AtomicInteger();
    private static final AtomicInteger NEXT_CLINICIAN = new AtomicInteger();
    static final AtomicInteger ACKNOWLEDGED = new AtomicInteger();
    /** The session attribute naming the interaction under way. */
    private static final String OPEN = "interaction";
    private final LoadRun run = new LoadRun(SETTINGS);

    // ---- the interactions ----

    /**
     * One row per thing a person does and waits for: a page opened, a save pressed, a PDF asked for. The values typed
     * into a form reach the server while the person types (a browser sends each field as it is left); they are timed
     * together as "field values".
     */
    static final List<String> INTERACTIONS = List.of("sign in (clinician)", "caseload", "client record",
            "session prep PDF", "insights", "sign in (client)", "today", "check-in save", "urge form", "urge save",
            "slip form", "slip save", "contact form", "contact save", "who has looked", "field values");

    private final ScenarioBuilder clinicians = scenario("clinicians")
            .exec(s -> s.set("username", "load-clinician-" + NEXT_CLINICIAN.incrementAndGet() + "@demo.holdfast"))
            // A user whose request fails (its node stopped, its session gone) signs in again, as a person would.
            .forever().on(
                    stopIfJudged(),
                    startAfresh(),
                    exitBlockOnFail().on(
                    interaction("sign in (clinician)", signIn("Caseload", "caseload")),
                    forever().on(
                    stopIfJudged(),
                    think(),
                    // Opened from the menu each round, as the landing page's answers need not carry the grid's rows:
                    // its cells are templates filled in the browser, and their data comes with the navigation.
                    interaction("caseload", uidl("caseload", p -> p.navigate("caseload"), "Caseload")
                            .exec(s -> {
                                List<Map.Entry<String, String>> links = new ArrayList<>(page(s).links("clients/\\d+").entrySet());
                                if (links.isEmpty()) {
                                    LoadStats.problem("caseload of " + s.getString("username") + " lists no client");
                                    return s.markAsFailed();
                                }
                                var pick = links.get(ThreadLocalRandom.current().nextInt(links.size()));
                                return s.set("record", pick.getKey()).set("clientName", pick.getValue());
                            })),
                    think(),
                    interaction("client record", toRecord("client record", "", "#{clientName}")),
                    think(),
                    interaction("session prep PDF", sessionPrep()),
                    think(),
                    interaction("insights", toRecord("insights", "/insights", "#{clientName}")))),
                    abandoned(),
                    pause(Duration.ofSeconds(1)));

    private final ScenarioBuilder clients = scenario("clients")
            .exec(s -> s.set("username", "load-client-" + NEXT_CLIENT.incrementAndGet() + "@demo.holdfast"))
            // A user whose request fails (its node stopped, its session gone) signs in again, as a person would.
            .forever().on(
                    stopIfJudged(),
                    startAfresh(),
                    exitBlockOnFail().on(
                    interaction("sign in (client)", signIn("Daily check-in", "today")),
                    forever().on(
                    stopIfJudged(),
                    think(),
                    doIf(s -> !"today".equals(page(s).route())).then(
                            interaction("today", uidl("today", p -> p.navigate("today"), "Daily check-in"))),
                    exec(s -> s.set("mood", String.valueOf(1 + ThreadLocalRandom.current().nextInt(10)))
                            .set("urge", String.valueOf(ThreadLocalRandom.current().nextInt(11)))),
                    fields("check-in values", (p, s) -> p.values(Map.of(
                            p.find("vaadin-integer-field", "Mood today"), s.getString("mood"),
                            p.find("vaadin-integer-field", "Urge to make contact"), s.getString("urge")))),
                    interaction("check-in save", uidl("check-in save",
                            (p, s) -> p.click(p.find("vaadin-button", "Save check-in")), "Saved at")
                            .exec(this::acknowledged)),
                    think(),
                    interaction("urge form", uidl("urge form", p -> p.navigate("write/moment"), "I had an urge")),
                    fields("urge values", (p, s) -> {
                        int outcome = p.find("vaadin-radio-group", "How did it go?");
                        return p.values(Map.of(p.find("vaadin-integer-field", "How strong was it?"), "6",
                                outcome, p.option(outcome, "It passed without contact")));
                    }),
                    interaction("urge save", uidl("urge save", (p, s) -> p.click(p.find("vaadin-button", "Save")), "Logged.")),
                    think(),
                    interaction("slip form", uidl("slip form", p -> p.navigate("write/step"), "I made contact")),
                    fields("slip values", (p, s) -> {
                        int direction = p.find("vaadin-radio-group", "Who started it?");
                        return p.values(Map.of(p.find("vaadin-select", "How?"), "1",
                                direction, p.option(direction, "I replied to them")));
                    }),
                    interaction("slip save", uidl("slip save", (p, s) -> p.click(p.find("vaadin-button", "Save")),
                            "\"value\":\"Saved\"")),
                    think(),
                    interaction("contact form", uidl("contact form", p -> p.navigate("write/message"), "They contacted me")),
                    fields("contact values", (p, s) -> p.values(Map.of(
                            p.find("vaadin-select", "How did they get in touch?"), "1",
                            p.find("vaadin-text-field", "Who it came from, exactly as shown"), "+44 7700 900123",
                            p.find("vaadin-text-area", "What was said or done"), "Asked to meet on Friday.",
                            p.find("vaadin-integer-field", "How safe do you feel right now?"), "8"))),
                    interaction("contact save", uidl("contact save", (p, s) -> p.click(p.find("vaadin-button", "Save")),
                            "Recorded and sealed")),
                    think(),
                    interaction("who has looked", uidl("who has looked", p -> p.navigate("who-looked"), "Who has looked")))),
                    abandoned(),
                    pause(Duration.ofSeconds(1)));

    private final HttpProtocolBuilder protocol = http.baseUrl(SETTINGS.url())
            // Gatling's warm-up calls a public site by default: the harness talks to the portal only.
            .disableWarmUp()
            .acceptHeader("*/*")
            .userAgentHeader("Holdfast load harness (Gatling)");

    {
        int[] clinicianLevels = new int[SETTINGS.levels()];
        int[] clientLevels = new int[SETTINGS.levels()];
        for (int k = 1; k <= SETTINGS.levels(); k++) {
            int users = SETTINGS.usersAt(k);
            int clinicianCount = (int) Math.round(users / (double) (SETTINGS.clientsPerClinician() + 1));
            clinicianLevels[k - 1] = clinicianCount;
            clientLevels[k - 1] = users - clinicianCount;
        }
        setUp(clinicians.injectOpen(steps(clinicianLevels)), clients.injectOpen(steps(clientLevels)))
                .protocols(protocol)
                .maxDuration(Duration.ofSeconds(SETTINGS.maxSeconds()));
    }

    @Override
    public void before() {
        run.start();
    }

    @Override
    public void after() {
        run.finish();
    }

    /** Each level adds its users over the first few seconds, then holds them for the rest of the level. */
    private List<OpenInjectionStep> steps(int[] totals) {
        List<OpenInjectionStep> steps = new ArrayList<>();
        if (SETTINGS.steady()) {
            steps.add(rampUsers(totals[0]).during(Duration.ofSeconds(10)));
            return steps;
        }
        int before = 0;
        int rampSeconds = Math.min(10, SETTINGS.stepSeconds() / 3);
        for (int total : totals) {
            int added = total - before;
            steps.add(added > 0 ? rampUsers(added).during(Duration.ofSeconds(rampSeconds))
                    : nothingFor(Duration.ofSeconds(rampSeconds)));
            steps.add(nothingFor(Duration.ofSeconds(SETTINGS.stepSeconds() - rampSeconds)));
            before = total;
        }
        return steps;
    }

    /**
     * Clears the failure a previous round left on the virtual user, before it signs in again. Gatling keeps a failure
     * that leaves the outermost {@code exitBlockOnFail} (a {@code tryMax(1)}) in the session's base status, and
     * {@code markAsSucceeded} inside a {@code tryMax} block (as {@link #interaction} calls it) only resets that block's
     * status, never the base one: so a user that failed once stayed failed for good. Every later UIDL answer was then
     * reported as "failed" without being read, starting with the first of the new sign-in ("login view failed"),
     * every interaction counted as an error, and the page the user kept was never updated, so its next form failed
     * too and it went round again. The fault test showed it: the killed node's users, and only they, failed to sign
     * in again for the rest of the run while the other node served them. Here, outside any tryMax, markAsSucceeded
     * resets the base status. The cookies stay, as a browser's would: a stale session id gets a new session (the
     * portal sets no invalid-session redirect) and HAProxy redispatches a sticky cookie naming a dead node.
     */
    private static ChainBuilder startAfresh() {
        return exec(Session::markAsSucceeded);
    }

    private ChainBuilder stopIfJudged() {
        return stopLoadGeneratorIf(s -> "stopped: " + run.stopReason(), s -> run.stopReason() != null);
    }

    /** What a person types into a form, a moment after it opened, sent as the browser sends it. */
    private static ChainBuilder fields(String name, java.util.function.BiFunction<VaadinPage, Session, String> values) {
        return exec(pause(Duration.ofMillis(500), Duration.ofMillis(1500)),
                interaction("field values", uidl(name, values)));
    }

    private static ChainBuilder think() {
        long millis = SETTINGS.thinkMillis();
        return pause(Duration.ofMillis(millis / 2), Duration.ofMillis(millis * 3 / 2));
    }

    /**
     * Times one interaction (all its requests). A failure ends the user's enclosing block, so the user signs in again
     * (its page is unknown then), and Gatling does not come back to this chain: a failed request or check leaves the
     * block at once, before any step after it. So the interaction is opened in the session here and closed by
     * {@link #abandoned} after the block when a failure cut it short, and counted as an error there.
     */
    private static ChainBuilder interaction(String name, ChainBuilder steps) {
        return exec(s -> s.set(OPEN, name).set("t0", System.nanoTime()))
                .exec(steps)
                .exec(s -> close(s, !s.isFailed()));
    }

    /** After the user's block: an interaction still open there did not finish, whatever cut it short. */
    private static ChainBuilder abandoned() {
        return exec(s -> close(s, false));
    }

    private static Session close(Session s, boolean ok) {
        if (!s.contains(OPEN)) {
            return s;
        }
        LoadStats.record(s.getString(OPEN), System.nanoTime() - s.getLong("t0"), ok);
        return s.remove(OPEN);
    }

    private static ChainBuilder signIn(String landing, String landingRoute) {
        return exec(s -> s.set("vaadin", new VaadinPage()))
                .exec(http("login page").get("/login")
                        .check(status().is(200), regex("name=\"_csrf\" content=\"([^\"]+)\"").saveAs("csrf")))
                .exec(LoadStats::counted)
                .exec(init("login"))
                .exec(uidl("login view", p -> p.navigate("login"), "vaadin-login"))
                .exec(http("sign in").post("/login")
                        .formParam("username", "#{username}").formParam("password", PASSWORD).formParam("_csrf", "#{csrf}")
                        .check(status().is(200), currentLocationRegex("login\\?error").notExists()))
                .exec(LoadStats::counted)
                .exec(init(""))
                .exec(uidl("landing", p -> p.navigate(""), landing))
                .exec(s -> {
                    page(s).landedOn(landingRoute);
                    return s;
                });
    }

    private static ChainBuilder init(String location) {
        return exec(http("vaadin init").get("/?v-r=init&location=" + location + "&query=")
                .check(status().is(200), bodyString().saveAs("body")))
                .exec(s -> {
                    LoadStats.request();
                    try {
                        page(s).init(s.getString("body"));
                        return s;
                    } catch (IllegalStateException e) {
                        LoadStats.problem(e.getMessage());
                        return s.markAsFailed();
                    }
                });
    }

    private static ChainBuilder uidl(String name, Function<VaadinPage, String> body, String expect) {
        return uidl(name, (p, s) -> body.apply(p), expect);
    }

    private static ChainBuilder uidl(String name, java.util.function.BiFunction<VaadinPage, Session, String> body) {
        return uidl(name, body, null);
    }

    /** A click on the client's name in the caseload (saved in the session), or on a part of their record. */
    private static ChainBuilder toRecord(String name, String part, String expect) {
        return uidl(name, (p, s) -> p.navigate(s.getString("record") + part), expect);
    }

    /** One UIDL request: its body built from the page as it stands, its answer read into the page and checked. */
    private static ChainBuilder uidl(String name, java.util.function.BiFunction<VaadinPage, Session, String> body,
            String expect) {
        var request = http(name).post(s -> "/?v-r=uidl&v-uiId=" + page(s).uiId())
                .header("Content-Type", "application/json; charset=UTF-8")
                .body(StringBody(s -> body.apply(page(s), s)))
                .check(status().is(200), bodyString().saveAs("body"));
        if (expect != null) {
            request = request.check(substring(expect));
        }
        // Without an answer of its own (refused, no status 200) the request saves no body: drop the previous one so
        // that a failure is not reported with the text of an earlier, good answer.
        return exec(s -> s.remove("body")).exec(request).exec(s -> {
            LoadStats.request();
            if (s.isFailed() || !s.contains("body")) {
                LoadStats.problem(name + " failed for " + s.getString("username") + (s.contains("body")
                        ? ": " + VaadinPage.abbreviate(s.getString("body")) : ""));
                return s;
            }
            Optional<String> problem = page(s).response(s.getString("body"));
            if (problem.isPresent()) {
                LoadStats.problem(name + " for " + s.getString("username") + ": " + problem.get());
                return s.markAsFailed();
            }
            return s;
        });
    }

    /**
     * Session prep as a clinician gets it: the record's "Session prep PDF" button renders in the background, the
     * browser hears of the finished file at its next request (no push here), and then downloads it.
     */
    private static ChainBuilder sessionPrep() {
        return exec(uidl("session prep record", (p, s) -> p.navigate(s.getString("record")), null))
                .exec(s -> s.set("before", new HashSet<>(page(s).hrefs("VAADIN/dynamic"))).set("polls", 0))
                .exec(uidl("session prep click", (p, s) -> p.click(p.find("vaadin-button", "Session prep PDF")), null))
                .asLongAs(s -> newDownload(s).isEmpty() && s.getInt("polls") < 200).on(
                        pause(Duration.ofMillis(50)),
                        exec(s -> s.set("polls", s.getInt("polls") + 1)),
                        uidl("session prep wait", (p, s) -> p.poll(), null))
                .exec(s -> newDownload(s).map(href -> s.set("pdf", "/" + href)).orElseGet(() -> {
                    LoadStats.problem("session prep PDF not ready after 10 s for " + s.getString("username"));
                    return s.markAsFailed();
                }))
                .exec(http("session prep download").get("#{pdf}")
                        .check(status().is(200), header("Content-Type").is("application/pdf"), bodyBytes().transform(b -> b.length).gt(1000)))
                .exec(LoadStats::counted);
    }

    @SuppressWarnings("unchecked")
    private static Optional<String> newDownload(Session s) {
        Set<String> before = (Set<String>) s.get("before");
        return page(s).hrefs("VAADIN/dynamic").stream().filter(h -> !before.contains(h)).findFirst();
    }

    /** Writes the acknowledged check-in down, for the fault test to find in the database afterwards. */
    private Session acknowledged(Session s) {
        if (!s.isFailed() && SETTINGS.ackFile() != null) {
            String line = String.join(",", s.getString("username"), s.getString("mood"), s.getString("urge"),
                    Instant.now().toString()) + "\n";
            try {
                synchronized (PortalLoadSimulation.class) {
                    ACKNOWLEDGED.incrementAndGet();
                    Files.writeString(Path.of(SETTINGS.ackFile()), line, StandardCharsets.UTF_8,
                            StandardOpenOption.CREATE, StandardOpenOption.APPEND);
                }
            } catch (IOException e) {
                LoadStats.problem("could not write " + SETTINGS.ackFile() + ": " + e.getMessage());
            }
        }
        return s;
    }

    static VaadinPage page(Session s) {
        return (VaadinPage) s.get("vaadin");
    }
}
