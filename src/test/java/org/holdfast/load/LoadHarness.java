package org.holdfast.load;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * {@code ./mvnw -Pload verify}: checks the bounds (a loopback LOAD_URL above all) before Gatling starts, then runs
 * {@link PortalLoadSimulation} with its results under the folder given (target/gatling).
 */
public final class LoadHarness {

    private LoadHarness() {
    }

    public static void main(String[] args) {
        LoadSettings settings;
        try {
            settings = LoadSettings.fromEnvironment();
        } catch (IllegalArgumentException refused) {
            System.err.println("Load harness refused to start: " + refused.getMessage());
            System.exit(2);
            return;
        }
        String unreachable = unreachable(settings.url());
        if (unreachable != null) {
            System.err.println("Load harness: no portal answers at " + settings.url() + " (" + unreachable
                    + "); start one first, see the README's \"Load harness\"");
            System.exit(2);
            return;
        }
        System.out.println("Load harness against " + settings.url() + ": " + settings.levels() + " levels of "
                + settings.stepSeconds() + " s, up to " + settings.usersAt(settings.levels()) + " users");
        io.gatling.app.Gatling.main(new String[] { "--simulation", PortalLoadSimulation.class.getName(),
                "--results-folder", args.length > 0 ? args[0] : "target/gatling", "--launcher", "maven" });
    }

    /** Why the portal's sign-in page did not answer, or null when it did. */
    private static String unreachable(String url) {
        try (HttpClient http = HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(5)).build()) {
            int status = http.send(HttpRequest.newBuilder(URI.create(url + "/login"))
                    .timeout(Duration.ofSeconds(10)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
            return status == 200 ? null : "its sign-in page answered " + status;
        } catch (IOException e) {
            return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }
}
