package org.holdfast.benchmark;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.LoadState;

/**
 * Live heap per open session (issue 16): the production jar (Vaadin in production mode, as a practice runs it) on the
 * demo practice in MariaDB ({@code BENCH_HEAP_URL}, made anew), started as a process of its own; N real browser
 * sessions (Debian's Chromium through Playwright, one context each, kept open) per role on the page a person lands on;
 * then a dump of the portal's live objects, read by {@link SessionFootprint}: what each session alone holds. Prints
 * the median session, its largest classes, and a check of the size model against the JVM's own class histogram.
 * Targets: at most 200 KB per clinician on the caseload and 100 KB per client on Today. The first argument is the
 * jar; BENCH_SESSIONS (20) sets N; BENCH_HEAP_DUMP (a folder) keeps the dumps. Run with {@code ./mvnw -Pbenchmark verify}.
 */
public final class SessionHeapBenchmark {

    record Role(String what, String username, String landing, String view, double targetKb) {
    }

    static final List<Role> ROLES = List.of(
            new Role("clinician, caseload", "elena.marsh@demo.holdfast", "**/caseload", "CaseloadView", 200),
            new Role("client, Today", "alex@demo.holdfast", "**/today", "TodayView", 100));

    public static void main(String[] args) throws Exception {
        Path jar = Path.of(args.length > 0 ? args[0] : "target/holdfast-0.1.0-SNAPSHOT.jar").toAbsolutePath();
        if (!Files.exists(jar)) {
            throw new IllegalStateException("No production jar at " + jar + ": run ./mvnw package first");
        }
        int sessions = Integer.parseInt(Bench.env("BENCH_SESSIONS", "20"));
        int port;
        try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = free.getLocalPort();
        }
        // The database in a server of its own, as in a practice: an in-memory H2 would count its own pages (every audit
        // line a session writes) as the session's memory. Made anew each run, with the demo practice.
        String url = Bench.env("BENCH_HEAP_URL", "jdbc:mysql://127.0.0.1:3306/holdfast_heap");
        String user = Bench.env("BENCH_USER", "root");
        String password = Bench.env("BENCH_PASSWORD", "");
        recreateDatabase(url, user, password);
        // Its own folder: whatever the portal writes beside itself goes there, not into the project's ./data.
        Path home = Files.createTempDirectory("holdfast-heap-bench");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                // Soft references (the JDK's reflection caches, among others) cleared at every collection: otherwise
                // whether they survived the full collection before or after decides tens of KB per session either way.
                "-Xmx512m", "-XX:SoftRefLRUPolicyMSPerMB=0", "-jar", jar.toString(), "--spring.profiles.active=mysql,demo", "--server.port=" + port,
                "--server.address=127.0.0.1", "--spring.datasource.url=" + url, "--spring.datasource.username=" + user,
                "--spring.datasource.password=" + password, "--holdfast.audit.head-file=" + home.resolve("heads.txt"),
                "--logging.level.root=WARN", "--spring.main.banner-mode=off",
                // An idle keep-alive connection holds 16 KB of socket buffers until it times out; that belongs to the
                // connection, not to the session, and a browser at rest closes it. Closed after 1 s here, so that the
                // figure is what a session holds while its person reads the page (push connections stay open).
                "--server.tomcat.keep-alive-timeout=1s"));
        command.addAll(Bench.practiceKeys());
        Process portal = new ProcessBuilder(command).directory(home.toFile()).redirectErrorStream(true)
                .redirectOutput(home.resolve("portal.log").toFile()).start();
        List<String> lines = new ArrayList<>();
        String check = null;
        try (Playwright playwright = Playwright.create()) {
            waitUntilServing(port, portal, home);
            Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                    .setExecutablePath(Path.of("/usr/bin/chromium")).setHeadless(true)
                    .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                            "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic")));
            for (Role role : ROLES) {
                // As many sessions first, signed out again: classes loaded, caches filled, and Tomcat's pool of connection
                // buffers grown to what N browsers open (each keeps several connections): none of that is a session's.
                signOut(open(browser, port, role, sessions));
                List<BrowserContext> open = open(browser, port, role, sessions);
                Thread.sleep(IDLE_CONNECTIONS_CLOSED);
                Path dump = dump(portal.pid(), role, home);
                long jvmTotal = histogram(portal.pid()).get(TOTAL)[1];
                SessionFootprint footprint = new SessionFootprint(dump);
                List<SessionFootprint.Footprint> showing = footprint.sessions(role.view()).stream()
                        .filter(SessionFootprint.Footprint::showing)
                        .sorted(Comparator.comparingLong(SessionFootprint.Footprint::bytes)).toList();
                if (showing.size() != sessions) {
                    throw new IllegalStateException(showing.size() + " sessions on " + role.view() + " in the dump, not " + sessions);
                }
                SessionFootprint.Footprint median = showing.get(showing.size() / 2);
                double kb = median.bytes() / 1024.0;
                lines.add(String.format(Locale.ENGLISH, "%-46s %8d %12.0f  at most %.0f KB: %s (least %.0f, most %.0f)",
                        role.what(), sessions, kb, role.targetKb(), kb <= role.targetKb() ? "MET" : "MISSED",
                        showing.getFirst().bytes() / 1024.0, showing.getLast().bytes() / 1024.0));
                lines.add(largest(median));
                if (check == null) {
                    check = String.format(Locale.ENGLISH, "Size model against the JVM: every live object of the dump %,d KB by"
                            + " the model, %,d KB by the JVM's class histogram taken just after it.", footprint.wholeHeap() / 1024,
                            jvmTotal / 1024);
                }
                if (Bench.env("BENCH_HEAP_DUMP", "").isEmpty()) {
                    Files.delete(dump);
                }
                signOut(open);
            }
        } finally {
            portal.destroy();
            portal.waitFor();
        }
        Bench.header0("Live heap per open session (production jar, demo practice on MariaDB, Vaadin in production mode;"
                + " live objects after a full collection)");
        System.out.printf("%-46s %8s %12s  %s%n", "role, page", "sessions", "KB/session", "target");
        System.out.println(Bench.LINE);
        lines.forEach(System.out::println);
        System.out.println(Bench.LINE);
        System.out.println("Per session: the objects only that session reaches (median of " + sessions + "), sized as the"
                + " JVM lays them out.");
        System.out.println(check);
    }

    private static final String TOTAL = "Total";
    /** Past the keep-alive timeout above, so that idle connections have closed. */
    private static final long IDLE_CONNECTIONS_CLOSED = 3_000;

    static void recreateDatabase(String url, String user, String password) throws SQLException {
        int slash = url.indexOf('/', "jdbc:mysql://".length());
        String name = url.substring(slash + 1).replaceAll("\\?.*", "");
        try (Connection c = DriverManager.getConnection(url.substring(0, slash + 1), user, password)) {
            c.createStatement().execute("drop database if exists " + name);
            c.createStatement().execute("create database " + name + " character set utf8mb4 collate utf8mb4_unicode_ci");
        }
    }

    static void waitUntilServing(int port, Process portal, Path home) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
        while (System.nanoTime() < deadline) {
            if (!portal.isAlive()) {
                throw new IllegalStateException("The portal stopped; see " + home.resolve("portal.log"));
            }
            // Ready once the demo practice is in: the port opens before that.
            try {
                HttpURLConnection ready = (HttpURLConnection) URI.create("http://127.0.0.1:" + port
                        + "/actuator/health/readiness").toURL().openConnection();
                if (ready.getResponseCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("The portal did not start in 5 minutes; see " + home.resolve("portal.log"));
    }

    /** n browser sessions signed in as the role's user, each on the page they land on, kept open. */
    static List<BrowserContext> open(Browser browser, int port, Role role, int n) {
        List<BrowserContext> contexts = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1400, 900));
            Page page = context.newPage();
            page.navigate("http://127.0.0.1:" + port + "/login");
            page.getByLabel("Email or username").fill(role.username());
            page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill("holdfast-demo");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in")).click();
            page.waitForURL(role.landing());
            page.waitForLoadState(LoadState.NETWORKIDLE);
            page.waitForFunction("() => window.Vaadin && window.Vaadin.Flow && Object.values(window.Vaadin.Flow.clients)"
                    + ".every(c => !c.isActive || !c.isActive())");
            contexts.add(context);
        }
        return contexts;
    }

    /**
     * Signed out, so that the portal lets the sessions go at once: a closed browser leaves its session (and its pages)
     * on the server until they time out, and sessions of an earlier round ending while the next is measured made its
     * figure swing by hundreds of KB either way, below zero too.
     */
    static void signOut(List<BrowserContext> contexts) {
        for (BrowserContext context : contexts) {
            Page page = context.pages().getFirst();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out").setExact(true)).click();
            page.waitForURL("**/login**");
            context.close();
        }
    }

    /** The portal's class histogram of live objects (it collects first): class name to {instances, bytes}. */
    static Map<String, long[]> histogram(long pid) throws IOException, InterruptedException {
        String text = jcmd(pid, "GC.class_histogram");
        Map<String, long[]> classes = new HashMap<>();
        for (String line : text.split("\n")) {
            String[] f = line.trim().split("\\s+");
            if (f.length >= 4 && f[0].endsWith(":")) {
                classes.put(f[3], new long[] { Long.parseLong(f[1]), Long.parseLong(f[2]) });
            } else if (f.length == 3 && f[0].equals(TOTAL)) {
                classes.put(TOTAL, new long[] { Long.parseLong(f[1]), Long.parseLong(f[2]) });
            }
        }
        return classes;
    }

    /** A dump of the portal's live objects with the sessions open: kept in BENCH_HEAP_DUMP when set. */
    static Path dump(long pid, Role role, Path home) throws IOException, InterruptedException {
        Path folder = Bench.env("BENCH_HEAP_DUMP", "").isEmpty() ? home : Path.of(Bench.env("BENCH_HEAP_DUMP", "")).toAbsolutePath();
        Path dump = folder.resolve(role.username().replaceAll("@.*", "") + "-open.hprof");
        Files.deleteIfExists(dump);
        jcmd(pid, "GC.heap_dump", dump.toString());
        return dump;
    }

    static String jcmd(long pid, String... command) throws IOException, InterruptedException {
        List<String> line = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                String.valueOf(pid)));
        line.addAll(List.of(command));
        Process jcmd = new ProcessBuilder(line).redirectErrorStream(true).start();
        String text = new String(jcmd.getInputStream().readAllBytes());
        if (jcmd.waitFor() != 0) {
            throw new IllegalStateException("jcmd failed: " + text);
        }
        return text;
    }

    /** The classes that take most of one session's bytes. */
    static String largest(SessionFootprint.Footprint session) {
        StringBuilder out = new StringBuilder("  largest in that session (instances, bytes):");
        session.classes().entrySet().stream()
                .sorted(Comparator.comparingLong((Map.Entry<String, long[]> e) -> e.getValue()[1]).reversed())
                .limit(15)
                .forEach(e -> out.append(String.format(Locale.ENGLISH, "%n    %9d %9d  %s", e.getValue()[0], e.getValue()[1],
                        e.getKey())));
        return out.toString();
    }
}
