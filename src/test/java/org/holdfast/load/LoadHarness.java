package org.holdfast.load;

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
        System.out.println("Load harness against " + settings.url() + ": " + settings.levels() + " levels of "
                + settings.stepSeconds() + " s, up to " + settings.usersAt(settings.levels()) + " users");
        io.gatling.app.Gatling.main(new String[] { "--simulation", PortalLoadSimulation.class.getName(),
                "--results-folder", args.length > 0 ? args[0] : "target/gatling", "--launcher", "maven" });
    }
}
