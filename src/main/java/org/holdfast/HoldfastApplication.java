package org.holdfast;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.holdfast.audit.LogCheck;
import org.holdfast.drill.DrillSnapshot;
import org.holdfast.encryption.MasterKeyCommands;
import org.holdfast.journal.EvidenceCheck;
import org.holdfast.reports.EvidencePackCheck;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.ConfigurableApplicationContext;

@SpringBootApplication
@ConfigurationPropertiesScan
public class HoldfastApplication {

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("verify")) {
            System.exit(verify(Arrays.copyOfRange(args, 1, args.length)));
        }
        if (args.length > 0 && args[0].equals("new-master-key")) {
            System.exit(MasterKeyCommands.newMasterKey(Arrays.copyOfRange(args, 1, args.length)));
        }
        if (args.length > 0 && args[0].equals("rotate-master-key")) {
            System.exit(rotateMasterKey(Arrays.copyOfRange(args, 1, args.length)));
        }
        if (args.length > 0 && args[0].equals("drill-snapshot")) {
            System.exit(drillSnapshot(Arrays.copyOfRange(args, 1, args.length)));
        }
        if (args.length > 0 && args[0].equals("verify-pack")) {
            // No portal, database or settings: a pack is checked from its own bytes (and a public key, if given).
            System.exit(EvidencePackCheck.command(Arrays.copyOfRange(args, 1, args.length)));
        }
        SpringApplication.run(HoldfastApplication.class, args);
    }

    /** {@code java -jar holdfast.jar rotate-master-key}: in the portal's context, nothing served, no demo data. */
    static int rotateMasterKey(String[] args) {
        SpringApplication app = new SpringApplication(HoldfastApplication.class);
        app.setDefaultProperties(Map.of("spring.main.banner-mode", "off"));
        String[] quiet = { "--server.port=-1", "--holdfast.demo-data=false", "--holdfast.audit.scheduled=false",
                "--holdfast.integrity.scheduled=false", "--holdfast.encryption.seal-existing=false" };
        String[] all = Arrays.copyOf(quiet, quiet.length + args.length);
        System.arraycopy(args, 0, all, quiet.length, args.length);
        try (ConfigurableApplicationContext context = app.run(all)) {
            return MasterKeyCommands.rotate(context);
        }
    }

    /**
     * {@code java -jar holdfast.jar verify}: checks the audit log against its signed heads and every client's contact-attempt
     * records against the log, with the same settings
     * (database, key) as the portal, and without serving anything. Exit code 0 when intact, 1 naming what is not.
     */
    static int verify(String[] args) {
        try (ConfigurableApplicationContext context = readOnly(args)) {
            LogCheck check = context.getBean(EvidenceCheck.class).verify();
            // Event and client numbers only, never what a record says; the log goes to the console as the portal's does.
            Logger log = LoggerFactory.getLogger(HoldfastApplication.class);
            if (check.intact()) {
                log.info("Audit log intact: " + check.events() + " events, " + check.heads() + " signed heads"
                        + (check.pending() > 0 ? " (" + check.pending() + " events not yet in the log)" : "")
                        + "; " + check.records() + " contact-attempt records match it.");
            } else {
                log.error("Audit log NOT intact: {}.", check.problem());
            }
            return check.intact() ? 0 : 1;
        }
    }

    /**
     * {@code java -jar holdfast.jar drill-snapshot FILE}: writes what the practice manager, each clinician and one client
     * see ({@link DrillSnapshot}) to FILE, read-only like {@code verify}, so that a restored database can be compared
     * with the original by {@code diff}. Its reads are audited as the users it acts as: that is all it writes. Exit code
     * 0 when written, 2 without a file.
     */
    static int drillSnapshot(String[] args) {
        Logger log = LoggerFactory.getLogger(HoldfastApplication.class);
        List<String> files = Arrays.stream(args).filter(a -> !a.startsWith("--")).toList();
        if (files.size() != 1) {
            log.error("Usage: java -jar holdfast.jar drill-snapshot FILE [--holdfast.drill.manager=USERNAME]");
            return 2;
        }
        // The drill signs its users in as the log-in form would after their password; it has no second factor to
        // give, and whoever runs it holds the database and the keys anyway.
        String[] settings = Stream.concat(Stream.of("--holdfast.security.staff-second-factor=offered"),
                Arrays.stream(args).filter(a -> a.startsWith("--"))).toArray(String[]::new);
        try (ConfigurableApplicationContext context = readOnly(settings)) {
            List<String> lines = context.getBean(DrillSnapshot.class).take();
            Path file = Path.of(files.get(0));
            Files.write(file, lines);
            log.info("Drill snapshot of {} lines written to {}", lines.size(), file.toAbsolutePath());
            return 0;
        } catch (IOException e) {
            log.error("Could not write the drill snapshot: {}", e.getMessage());
            return 1;
        }
    }

    /**
     * The portal's context as it runs (Vaadin and Spring Security expect a web context), with no port opened, and
     * nothing written: no migration, no demo data, no new head, no adoption of old records. As arguments, since they
     * must win over the settings files.
     */
    private static ConfigurableApplicationContext readOnly(String[] args) {
        SpringApplication app = new SpringApplication(HoldfastApplication.class);
        app.setDefaultProperties(Map.of("spring.main.banner-mode", "off"));
        String[] readOnly = { "--server.port=-1", "--spring.flyway.enabled=false", "--holdfast.demo-data=false",
                "--holdfast.audit.scheduled=false", "--holdfast.integrity.scheduled=false", "--holdfast.verify-only=true",
                "--holdfast.encryption.seal-existing=false" };
        String[] all = Arrays.copyOf(readOnly, readOnly.length + args.length);
        System.arraycopy(args, 0, all, readOnly.length, args.length);
        return app.run(all);
    }
}
