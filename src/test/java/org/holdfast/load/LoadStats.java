package org.holdfast.load;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Every interaction's time and outcome, kept by the harness itself so that the ramp can be judged level by level
 * while it runs (Gatling's own statistics are only complete at the end).
 */
final class LoadStats {

    record Sample(String interaction, long endMillis, long millis, boolean ok) {
    }

    record Row(String interaction, int count, long p50, long p95, long p99, long max, int errors) {
    }

    private static final ConcurrentLinkedQueue<Sample> SAMPLES = new ConcurrentLinkedQueue<>();
    private static final ConcurrentLinkedQueue<String> PROBLEMS = new ConcurrentLinkedQueue<>();
    private static final AtomicLong REQUESTS = new AtomicLong();

    private LoadStats() {
    }

    static void record(String interaction, long nanos, boolean ok) {
        SAMPLES.add(new Sample(interaction, System.currentTimeMillis(), nanos / 1_000_000, ok));
    }

    static void problem(String what) {
        if (PROBLEMS.size() < 50) {
            PROBLEMS.add(what);
        }
    }

    static List<String> problems() {
        return List.copyOf(PROBLEMS);
    }

    static void request() {
        REQUESTS.incrementAndGet();
    }

    /** For a plain HTTP request of the harness (not a UIDL one, which counts itself). */
    static io.gatling.javaapi.core.Session counted(io.gatling.javaapi.core.Session s) {
        request();
        return s;
    }

    static long requests() {
        return REQUESTS.get();
    }

    /** The interactions that ended between the two instants, with percentiles (nearest rank). */
    static Map<String, Row> window(long fromMillis, long toMillis, List<String> order) {
        Map<String, List<Sample>> by = new LinkedHashMap<>();
        order.forEach(name -> by.put(name, new ArrayList<>()));
        for (Sample s : SAMPLES) {
            if (s.endMillis() >= fromMillis && s.endMillis() < toMillis) {
                by.computeIfAbsent(s.interaction(), k -> new ArrayList<>()).add(s);
            }
        }
        Map<String, Row> rows = new LinkedHashMap<>();
        by.forEach((name, samples) -> {
            long[] times = samples.stream().filter(Sample::ok).mapToLong(Sample::millis).sorted().toArray();
            int errors = (int) samples.stream().filter(s -> !s.ok()).count();
            rows.put(name, new Row(name, samples.size(), rank(times, 50), rank(times, 95), rank(times, 99),
                    times.length == 0 ? 0 : times[times.length - 1], errors));
        });
        return rows;
    }

    private static long rank(long[] sorted, int percentile) {
        if (sorted.length == 0) {
            return 0;
        }
        int index = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }
}
