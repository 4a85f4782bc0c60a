package org.holdfast;

import java.util.Arrays;
import java.util.Map;

import org.holdfast.audit.LogCheck;
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
        SpringApplication app = new SpringApplication(HoldfastApplication.class);
        app.setDefaultProperties(Map.of("spring.main.banner-mode", "off"));
        // The portal's context as it runs (Vaadin and Spring Security expect a web context), with no port opened, and
        // nothing written: no migration, no demo data, no new head, no adoption of old records. As arguments, since
        // they must win over the settings files.
        String[] readOnly = { "--server.port=-1", "--spring.flyway.enabled=false", "--holdfast.demo-data=false",
                "--holdfast.audit.scheduled=false", "--holdfast.integrity.scheduled=false", "--holdfast.verify-only=true" };
        String[] all = Arrays.copyOf(readOnly, readOnly.length + args.length);
        System.arraycopy(args, 0, all, readOnly.length, args.length);
        try (ConfigurableApplicationContext context = app.run(all)) {
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
}
