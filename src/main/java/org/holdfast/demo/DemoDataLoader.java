package org.holdfast.demo;

import org.holdfast.shared.SearchText;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.holdfast.demo.DemoPractice.Course;
import org.holdfast.demo.DemoPractice.DemoClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Fills an empty database with the demo practice: on by default (H2), off in the mysql profile unless
 * the demo profile is on too. Deterministic: the same seed gives the same practice, dated back from today.
 */
@Component
class DemoDataLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);
    static final long SEED = 20261121L;

    private final JdbcTemplate jdbc;
    private final PasswordEncoder passwordEncoder;
    private final Environment environment;
    private final DemoSettings settings;
    private final Clock clock;
    private final List<DemoPart> parts;

    DemoDataLoader(JdbcTemplate jdbc, PasswordEncoder passwordEncoder, Environment environment, DemoSettings settings,
            Clock clock, List<DemoPart> parts) {
        this.jdbc = jdbc;
        this.passwordEncoder = passwordEncoder;
        this.environment = environment;
        this.settings = settings;
        this.clock = clock;
        this.parts = parts;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        boolean wanted = environment.matchesProfiles("demo") || settings.demoData();
        if (!wanted) {
            return;
        }
        Long accounts = jdbc.queryForObject("select count(*) from user_account", Long.class);
        if (accounts != null && accounts > 0) {
            log.info("Database already has accounts: demo data not loaded");
            return;
        }
        load();
    }

    void load() {
        Instant now = Instant.now(clock);
        LocalDate today = LocalDate.now(clock);
        // One hash for the shared demo password: Argon2id is slow on purpose, and ~27 accounts share it.
        String hash = passwordEncoder.encode(DemoPractice.PASSWORD);

        insertAccount(DemoPractice.ADMIN, "Morgan Tate", "ADMIN", hash, now);
        List<Long> clinicianIds = new ArrayList<>();
        for (DemoPractice.Clinician c : DemoPractice.CLINICIANS) {
            clinicianIds.add(insertAccount(c.username(), c.name(), "CLINICIAN", hash, now));
        }
        int checkIns = 0;
        Map<DemoClient, Long> clientIds = new LinkedHashMap<>();
        Map<Long, Long> firstPlanIds = new LinkedHashMap<>();
        for (int i = 0; i < DemoPractice.CLIENTS.size(); i++) {
            DemoClient demo = DemoPractice.CLIENTS.get(i);
            long accountId = insertAccount(demo.username(), demo.name(), "CLIENT", hash, now);
            long clientId = insert("client", new Object[][] {
                    { "account_id", accountId }, { "clinician_id", clinicianIds.get(demo.clinician()) },
                    { "display_name", demo.name() }, { "search_name", SearchText.fold(demo.name()) },
                    { "contact_email", demo.username() }, { "status", "ACTIVE" },
                    { "created_at", ts(now) }, { "version", 0 } });
            LocalDate start = today.minusDays(demo.historyDays() - 1L);
            clientIds.put(demo, clientId);
            long planId = insert("no_contact_plan", new Object[][] {
                    { "client_id", clientId }, { "person_label", demo.personLabel() },
                    { "relationship", demo.relationship() }, { "purpose", demo.purpose() },
                    { "start_date", start }, { "initial_period_days", demo.periodDays() },
                    { "status", "ACTIVE" }, { "created_at", ts(now) }, { "version", 0 } });
            firstPlanIds.put(clientId, planId);
            checkIns += insertCheckIns(clientId, demo, start, today, new Random(SEED + i));
        }
        DemoContext context = new DemoContext(jdbc, clock, clinicianIds, clientIds, firstPlanIds);
        parts.forEach(part -> part.load(context));
        log.info("Loaded the demo practice: {} clinicians, {} clients, {} check-ins, {} more parts", clinicianIds.size(),
                DemoPractice.CLIENTS.size(), checkIns, parts.size());
    }

    private int insertCheckIns(long clientId, DemoClient demo, LocalDate start, LocalDate today, Random random) {
        List<Object[]> rows = new ArrayList<>();
        int days = demo.historyDays();
        ZoneId zone = clock.getZone();
        for (int d = 0; d < days; d++) {
            LocalDate date = start.plusDays(d);
            double progress = d / (double) Math.max(1, days - 1);
            int daysAgo = days - 1 - d;
            if (demo.course() == Course.GONE_QUIET && daysAgo < 4 + random.nextInt(3)) {
                continue;
            }
            if (random.nextDouble() < 0.12) {
                continue; // people miss days
            }
            boolean weekendEvening = date.getDayOfWeek() == DayOfWeek.FRIDAY || date.getDayOfWeek() == DayOfWeek.SATURDAY;
            double urge;
            double mood;
            double slipChance;
            switch (demo.course()) {
                case IMPROVING -> {
                    urge = 8 - 5.5 * progress;
                    mood = 3 + 4.5 * progress;
                    slipChance = progress < 0.25 ? 0.18 : 0.01;
                }
                case WEEKEND_EVENINGS -> {
                    urge = weekendEvening ? 7.5 : 4;
                    mood = weekendEvening ? 4 : 6;
                    slipChance = weekendEvening ? 0.45 : 0.02;
                }
                case STRUGGLING_RECENTLY -> {
                    boolean lastWeek = daysAgo < 7;
                    urge = lastWeek ? 8 : 4 - progress;
                    mood = lastWeek ? 3 : 6;
                    slipChance = lastWeek ? 0.4 : 0.03;
                }
                case GONE_QUIET -> {
                    urge = 5 + progress;
                    mood = 5 - progress;
                    slipChance = 0.06;
                }
                default -> {
                    urge = 2.5;
                    mood = 6.5;
                    slipChance = 0.02;
                }
            }
            boolean slipped = random.nextDouble() < slipChance;
            int u = clamp((int) Math.round(urge + random.nextGaussian() * 1.2 + (slipped ? 1.5 : 0)), 0, 10);
            int m = clamp((int) Math.round(mood + random.nextGaussian() * 1.1 - (slipped ? 1 : 0)), 1, 10);
            LocalDateTime when = slipped && demo.course() == Course.WEEKEND_EVENINGS
                    ? date.atTime(21 + random.nextInt(3), random.nextInt(60))
                    : date.atTime(8 + random.nextInt(13), random.nextInt(60));
            Instant logged = when.atZone(zone).toInstant();
            String note = note(demo, slipped, u, random);
            rows.add(new Object[] { clientId, date, m, u, slipped, note, ts(logged), ts(logged.plusSeconds(30 + random.nextInt(600))) });
        }
        jdbc.batchUpdate("insert into check_in (client_id, entry_date, mood, urge, slipped, note, logged_at, received_at, version)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, 0)", rows);
        return rows.size();
    }

    private static String note(DemoClient demo, boolean slipped, int urge, Random random) {
        String person = demo.personLabel();
        if (slipped) {
            return pick(random,
                    "Looked at " + person + "'s profile late at night. Felt worse straight after.",
                    "Replied to " + person + "'s message. Short, but I know it counts.",
                    "Had a couple of drinks and sent a text. Starting again tomorrow.",
                    "Asked a friend how " + person + " is doing. Wish I hadn't.");
        }
        if (urge >= 7) {
            return pick(random,
                    "Strong pull this evening. Called my sister instead.",
                    "Wrote a message in my notes app and did not send it.",
                    "Something reminded me of " + person + " today. Went for a walk.",
                    null);
        }
        if (random.nextDouble() < 0.4) {
            return pick(random, "Quiet day.", "Good session at the gym.", "Reread my reasons list.",
                    "Slept badly but got through.", "Cooked with friends. Felt like myself.");
        }
        return null;
    }

    @SafeVarargs
    private static <T> T pick(Random random, T... options) {
        return options[random.nextInt(options.length)];
    }

    private static int clamp(int value, int min, int max) {
        return Math.max(min, Math.min(max, value));
    }

    private long insertAccount(String username, String name, String role, String hash, Instant now) {
        return insert("user_account", new Object[][] {
                { "username", username }, { "password_hash", hash }, { "display_name", name }, { "role", role },
                { "enabled", true }, { "created_at", ts(now) }, { "version", 0 } });
    }

    private long insert(String table, Object[][] columns) {
        return DemoContext.insert(jdbc, table, columns);
    }

    private static Timestamp ts(Instant instant) {
        return Timestamp.from(instant);
    }
}
