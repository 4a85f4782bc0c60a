package org.holdfast.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.holdfast.shared.SearchText;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Invented accounts for the load harness ({@code ./mvnw -Pload verify}): {@code holdfast.demo.load-accounts=N} adds N
 * clients ({@code load-client-1@demo.holdfast} ...) and one clinician for every 8 of them
 * ({@code load-clinician-1@demo.holdfast} ...), all with the demo password, each client with a plan and a month of
 * check-ins. Many virtual users need many accounts, and each virtual client must write only into its own record.
 * Part of the demo data, so it exists only where the demo practice is loaded (never in a practice's database).
 */
@Component
@Order(90)
class DemoLoadAccounts implements DemoPart {

    static final int CLIENTS_PER_CLINICIAN = 8;

    private final LoadAccountSettings settings;
    private final PasswordEncoder passwordEncoder;

    DemoLoadAccounts(LoadAccountSettings settings, PasswordEncoder passwordEncoder) {
        this.settings = settings;
        this.passwordEncoder = passwordEncoder;
    }

    @ConfigurationProperties("holdfast.demo")
    record LoadAccountSettings(@DefaultValue("0") int loadAccounts) {
    }

    @Override
    public void load(DemoContext demo) {
        int clients = settings.loadAccounts();
        if (clients <= 0) {
            return;
        }
        String hash = passwordEncoder.encode(DemoPractice.PASSWORD);
        int clinicianCount = Math.max(1, (clients + CLIENTS_PER_CLINICIAN - 1) / CLIENTS_PER_CLINICIAN);
        List<Long> clinicians = new ArrayList<>();
        for (int c = 1; c <= clinicianCount; c++) {
            clinicians.add(account(demo, "load-clinician-" + c + "@demo.holdfast", "Load Clinician " + c, "CLINICIAN", hash));
        }
        Random random = demo.random("load-accounts");
        List<Object[]> checkIns = new ArrayList<>();
        for (int i = 1; i <= clients; i++) {
            String username = "load-client-" + i + "@demo.holdfast";
            String name = "Load Client " + i;
            long accountId = account(demo, username, name, "CLIENT", hash);
            long clientId = demo.insert("client", new Object[][] {
                    { "account_id", accountId }, { "clinician_id", clinicians.get((i - 1) % clinicianCount) },
                    { "display_name", name }, { "search_name", SearchText.fold(name) },
                    { "contact_email", username }, { "status", "ACTIVE" },
                    { "created_at", DemoContext.ts(demo.now) }, { "version", 0 } });
            LocalDate start = demo.today.minusDays(30);
            demo.insert("no_contact_plan", new Object[][] {
                    { "client_id", clientId }, { "person_label", "X." }, { "relationship", "EX_PARTNER" },
                    { "purpose", "HEAL_AND_MOVE_ON" }, { "start_date", start }, { "initial_period_days", 60 },
                    { "status", "ACTIVE" }, { "created_at", DemoContext.ts(demo.now) }, { "version", 0 } });
            // A month of numbers before today, so caseload, insights and session prep have something to compute;
            // today is left free for the harness's own check-ins.
            for (int d = 30; d >= 1; d--) {
                LocalDate date = demo.today.minusDays(d);
                var at = DemoContext.ts(date.atTime(9 + random.nextInt(12), random.nextInt(60))
                        .atZone(demo.clock.getZone()).toInstant());
                checkIns.add(new Object[] { clientId, date, 3 + random.nextInt(6), random.nextInt(9),
                        random.nextDouble() < 0.05, at, at });
            }
        }
        demo.jdbc.batchUpdate("insert into check_in (client_id, entry_date, mood, urge, slipped, logged_at, received_at,"
                + " version) values (?, ?, ?, ?, ?, ?, ?, 0)", checkIns);
    }

    private static long account(DemoContext demo, String username, String name, String role, String hash) {
        return demo.insert("user_account", new Object[][] {
                { "username", username }, { "password_hash", hash }, { "display_name", name }, { "role", role },
                { "enabled", true }, { "created_at", DemoContext.ts(demo.now) }, { "version", 0 } });
    }
}
