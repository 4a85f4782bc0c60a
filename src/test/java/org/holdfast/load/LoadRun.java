package org.holdfast.load;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Judges each level as it ends and says when to stop: at the first level where an interaction's p95 passes the limit
 * or any interaction failed. Sign-in is timed and printed but not judged by the limit: its password hash (Argon2id)
 * is slow on purpose, and a person signs in once per session, not at every step. Prints the table at the end.
 */
final class LoadRun {

    private final LoadSettings settings;
    private volatile String stopReason;
    private volatile int held;
    private volatile double heldRate;
    private volatile Map<String, LoadStats.Row> heldRows;
    private volatile Map<String, LoadStats.Row> brokenRows;
    private volatile int brokenLevel;
    private final StringBuilder levels = new StringBuilder();
    private Thread judge;
    private long start;

    LoadRun(LoadSettings settings) {
        this.settings = settings;
    }

    String stopReason() {
        return stopReason;
    }

    void start() {
        start = System.currentTimeMillis();
        judge = Thread.ofPlatform().daemon().name("load-judge")
                .start(settings.steady() ? this::timeline : this::judgeLevels);
    }

    /** Steady mode: every 5 s, how many interactions were answered and how many failed (a node killed shows here). */
    private void timeline() {
        try {
            for (long t = 5; ; t += 5) {
                long to = start + t * 1000;
                sleepUntil(to);
                Map<String, LoadStats.Row> rows = LoadStats.window(to - 5000, to, PortalLoadSimulation.INTERACTIONS);
                int count = rows.values().stream().mapToInt(LoadStats.Row::count).sum();
                int errors = rows.values().stream().mapToInt(LoadStats.Row::errors).sum();
                String line = String.format("%s t+%4d s  answered %5d  failed %4d%n", java.time.Instant.ofEpochMilli(to),
                        t, count - errors, errors);
                synchronized (levels) {
                    levels.append(line);
                }
                System.out.print("TIMELINE " + line);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void judgeLevels() {
        try {
            for (int k = 1; k <= settings.levels(); k++) {
                long levelStart = start + (k - 1L) * settings.stepSeconds() * 1000;
                long from = levelStart + settings.rampSeconds() * 1000L;
                long to = levelStart + settings.stepSeconds() * 1000L;
                sleepUntil(from);
                long requestsBefore = LoadStats.requests();
                sleepUntil(to);
                double rate = (LoadStats.requests() - requestsBefore) / ((to - from) / 1000.0);
                Map<String, LoadStats.Row> rows = LoadStats.window(from, to, PortalLoadSimulation.INTERACTIONS);
                LoadStats.Row worst = rows.values().stream().filter(r -> !r.interaction().startsWith("sign in"))
                        .filter(r -> r.p95() > limit(r.interaction()))
                        .max((a, b) -> Long.compare(a.p95() - limit(a.interaction()), b.p95() - limit(b.interaction())))
                        .orElseGet(() -> rows.values().stream().filter(r -> !r.interaction().startsWith("sign in"))
                                .max((a, b) -> Long.compare(a.p95(), b.p95())).orElse(null));
                int errors = rows.values().stream().mapToInt(LoadStats.Row::errors).sum();
                if (k == 1) {
                    // The first level warms the portal's JIT and caches (the first requests after a start take seconds):
                    // shown, not judged.
                    synchronized (levels) {
                        levels.append(String.format("%5s %6d %8.1f %10d  %-18s %6d  (warm-up, not judged)%n", "1", settings.usersAt(k),
                                rate, worst == null ? 0 : worst.p95(), worst == null ? "" : worst.interaction(), errors));
                    }
                    if (errors > 0) {
                        brokenRows = rows;
                        brokenLevel = k;
                        stopReason = errors + " error(s) during the warm-up at " + settings.usersAt(k) + " users";
                        return;
                    }
                    continue;
                }
                synchronized (levels) {
                    levels.append(String.format("%5d %6d %8.1f %10d  %-18s %6d%n", k, settings.usersAt(k), rate,
                            worst == null ? 0 : worst.p95(), worst == null ? "" : worst.interaction(), errors));
                }
                if (errors > 0 || (worst != null && worst.p95() > limit(worst.interaction()))) {
                    brokenRows = rows;
                    brokenLevel = k;
                    stopReason = errors > 0 ? errors + " error(s) at " + settings.usersAt(k) + " users"
                            : "p95 of " + worst.interaction() + " was " + worst.p95() + " ms (> " + limit(worst.interaction())
                                    + " ms) at " + settings.usersAt(k) + " users";
                    return;
                }
                held = settings.usersAt(k);
                heldRate = rate;
                heldRows = rows;
            }
            stopReason = "reached the bound of " + settings.usersAt(settings.levels()) + " users within the limits";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * The session prep PDF is a file rendered in the background and fetched when ready (without push, at the
     * browser's next request): it has a limit of its own, LOAD_PDF_P95_MS.
     */
    private long limit(String interaction) {
        return "session prep PDF".equals(interaction) ? settings.pdfP95Millis() : settings.p95Millis();
    }

    private static void sleepUntil(long millis) throws InterruptedException {
        long wait = millis - System.currentTimeMillis();
        if (wait > 0) {
            Thread.sleep(wait);
        }
    }

    void finish() {
        if (judge != null) {
            judge.interrupt();
        }
        if (settings.steady()) {
            Map<String, LoadStats.Row> all = LoadStats.window(start, System.currentTimeMillis(), PortalLoadSimulation.INTERACTIONS);
            StringBuilder out = new StringBuilder("\n==== Holdfast load harness, steady: " + settings.maxUsers()
                    + " users against " + settings.url() + " ====\n");
            synchronized (levels) {
                out.append(levels);
            }
            table(out, all);
            out.append("ACKNOWLEDGED CHECK-INS: ").append(PortalLoadSimulation.ACKNOWLEDGED.get()).append('\n');
            out.append("ERRORS: ").append(all.values().stream().mapToInt(LoadStats.Row::errors).sum()).append('\n');
            LoadStats.problems().stream().limit(10).forEach(p -> out.append("  ").append(p).append('\n'));
            System.out.println(out);
            return;
        }
        String reason = stopReason != null ? stopReason : "the time bound (" + settings.maxSeconds() + " s) ended the run";
        StringBuilder out = new StringBuilder();
        out.append("\n==== Holdfast load harness: ").append(settings.url()).append(" ====\n");
        out.append(String.format("+%d users every %d s (1 clinician to %d clients), think time %d ms, at most %d users "
                + "and %d s; limit p95 %d ms per interaction (session prep PDF %d ms), no errors%n", settings.stepUsers(), settings.stepSeconds(),
                settings.clientsPerClinician(), settings.thinkMillis(), settings.maxUsers(), settings.maxSeconds(),
                settings.p95Millis(), settings.pdfP95Millis()));
        out.append("level  users    req/s  worst p95  (interaction)       errors\n");
        synchronized (levels) {
            out.append(levels);
        }
        out.append("Stopped: ").append(reason).append('\n');
        int clinicians = (int) Math.round(held / (double) (settings.clientsPerClinician() + 1));
        out.append(String.format("USERS HELD: %d (%d clinicians, %d clients), %.1f requests per second%n", held,
                clinicians, held - clinicians, heldRate));
        if (heldRows != null) {
            out.append("At ").append(held).append(" users (the last level held):\n");
            table(out, heldRows);
        }
        if (brokenRows != null) {
            out.append("At ").append(settings.usersAt(brokenLevel)).append(" users (the level that broke the limit):\n");
            table(out, brokenRows);
        }
        List<String> problems = LoadStats.problems();
        if (!problems.isEmpty()) {
            out.append("First problems seen:\n").append(problems.stream().limit(10).map(p -> "  " + p)
                    .collect(Collectors.joining("\n"))).append('\n');
        }
        System.out.println(out);
    }

    private static void table(StringBuilder out, Map<String, LoadStats.Row> rows) {
        out.append(String.format("  %-20s %7s %7s %7s %7s %7s %7s%n", "interaction", "count", "p50 ms", "p95 ms",
                "p99 ms", "max ms", "errors"));
        for (LoadStats.Row r : rows.values()) {
            out.append(String.format("  %-20s %7d %7d %7d %7d %7d %7d%n", r.interaction(), r.count(), r.p50(), r.p95(),
                    r.p99(), r.max(), r.errors()));
        }
    }
}
