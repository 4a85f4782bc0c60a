package org.holdfast.load;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;

/**
 * The run's bounds, from the environment (or -D system properties of the same name): where the portal is (loopback
 * only), how users are added, and the limits that stop the run by itself.
 *
 * @param url LOAD_URL, default http://127.0.0.1:8080
 * @param maxUsers LOAD_MAX_USERS, default 400
 * @param maxSeconds LOAD_MAX_MINUTES (default 10) in seconds
 * @param stepUsers LOAD_STEP_USERS, users added at each level, default 20 (400 users in 10 minutes)
 * @param stepSeconds LOAD_STEP_SECONDS, the length of a level, default 30
 * @param thinkMillis LOAD_THINK_MS, a person's mean pause between two interactions, default 3000
 * @param p95Millis LOAD_P95_MS, the limit on any interaction's p95 (sign-in excepted), default 250
 * @param pdfP95Millis LOAD_PDF_P95_MS, the limit on the session prep PDF's p95 (asked for, rendered, downloaded),
 *        default 1000
 * @param clientsPerClinician LOAD_CLIENTS_PER_CLINICIAN, default 8
 * @param ackFile LOAD_ACK_FILE, where acknowledged check-ins are written down (none by default)
 * @param steady LOAD_MODE=steady: all LOAD_MAX_USERS at once for the whole time, nothing judged, a timeline of
 *        answers and errors printed instead (for the fault test, deploy/fault-test.sh); default ramp
 */
record LoadSettings(String url, int maxUsers, int maxSeconds, int stepUsers, int stepSeconds, long thinkMillis,
        long p95Millis, long pdfP95Millis, int clientsPerClinician, String ackFile, boolean steady) {

    LoadSettings {
        URI uri = URI.create(url);
        if (uri.getHost() == null || !("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))) {
            throw new IllegalArgumentException("LOAD_URL must be an http(s) address, not " + url);
        }
        try {
            for (InetAddress address : InetAddress.getAllByName(uri.getHost())) {
                if (!address.isLoopbackAddress()) {
                    throw new IllegalArgumentException("LOAD_URL " + url + " is not a loopback address: the harness "
                            + "loads only a portal on this machine (127.0.0.1, ::1, localhost)");
                }
            }
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("LOAD_URL " + url + ": unknown host", e);
        }
        if (maxUsers < 1 || maxUsers > 2000 || stepUsers < 1 || stepSeconds < 10 || maxSeconds < stepSeconds
                || maxSeconds > 3600) {
            throw new IllegalArgumentException("Bounds out of range: 1..2000 users, levels of 10 s or more, at most 60 minutes");
        }
    }

    static LoadSettings fromEnvironment() {
        return new LoadSettings(get("LOAD_URL", "http://127.0.0.1:8080").replaceAll("/+$", ""),
                Integer.parseInt(get("LOAD_MAX_USERS", "400")), Integer.parseInt(get("LOAD_MAX_MINUTES", "10")) * 60,
                Integer.parseInt(get("LOAD_STEP_USERS", "20")), Integer.parseInt(get("LOAD_STEP_SECONDS", "30")),
                Long.parseLong(get("LOAD_THINK_MS", "3000")), Long.parseLong(get("LOAD_P95_MS", "250")),
                Long.parseLong(get("LOAD_PDF_P95_MS", "1000")),
                Integer.parseInt(get("LOAD_CLIENTS_PER_CLINICIAN", "8")), get("LOAD_ACK_FILE", null),
                "steady".equals(get("LOAD_MODE", "ramp")));
    }

    private static String get(String name, String fallback) {
        String value = System.getProperty(name, System.getenv(name));
        return value == null || value.isBlank() ? fallback : value.strip();
    }

    /** How many levels fit in both bounds. */
    int levels() {
        if (steady) {
            return 1;
        }
        return Math.max(1, Math.min((maxUsers + stepUsers - 1) / stepUsers, maxSeconds / stepSeconds));
    }

    int usersAt(int level) {
        return steady ? maxUsers : Math.min(maxUsers, level * stepUsers);
    }

    int rampSeconds() {
        return Math.min(10, stepSeconds / 3);
    }
}
