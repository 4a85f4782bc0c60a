package org.holdfast.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.holdfast.demo.DemoPractice.DemoClient;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Safety signals (two open, one resolved), urge support sessions, and the audit trail a real
 * practice would have by now: clinicians reading their clients' records before sessions, and one
 * break-glass access with its reason, so that "who has looked" is not empty.
 */
@Component
@Order(50)
class DemoSafety implements DemoPart {

    private static final String[] OUTCOMES = { "RESISTED", "RESISTED", "RESISTED", "DELAYED", "SLIPPED" };

    @Override
    public void load(DemoContext demo) {
        Random random = demo.random("safety");
        ZoneId zone = demo.clock.getZone();
        signals(demo, zone);
        sosSessions(demo, random, zone);
        audit(demo, random, zone);
    }

    private static void signals(DemoContext demo, ZoneId zone) {
        long elena = demo.clinicianIds.get(0);
        signal(demo, "tom@demo.holdfast", demo.now.minus(Duration.ofHours(9)),
                "R. has been sitting in his car outside my building two evenings running. I'm staying at my brother's tonight.",
                null, null, null);
        signal(demo, "marek@demo.holdfast", demo.today.minusDays(1).atTime(22, 5).atZone(zone).toInstant(), null, null,
                null, null);
        Instant raised = demo.today.minusDays(19).atTime(21, 30).atZone(zone).toInstant();
        signal(demo, "zoe@demo.holdfast", raised, "My ex turned up at the school gate.", elena,
                raised.plus(Duration.ofHours(13)),
                "Phoned Zoë next morning. She went home with a friend; we added the school gate to her safety plan.");
    }

    private static void signal(DemoContext demo, String username, Instant raisedAt, String note, Long resolvedBy,
            Instant resolvedAt, String resolution) {
        demo.insert("safety_signal", new Object[][] { { "client_id", clientId(demo, username) },
                { "raised_at", DemoContext.ts(raisedAt) }, { "note", note }, { "resolved_by", resolvedBy },
                { "resolved_at", resolvedAt == null ? null : DemoContext.ts(resolvedAt) },
                { "resolution_note", resolution }, { "version", 0 } });
    }

    /** A handful of evenings with urge support for the weekend-evening clients, mostly ridden out. */
    private static void sosSessions(DemoContext demo, Random random, ZoneId zone) {
        List<Object[]> rows = new ArrayList<>();
        for (Map.Entry<DemoClient, Long> entry : demo.clientIds.entrySet()) {
            if (entry.getKey().course() != DemoPractice.Course.WEEKEND_EVENINGS) {
                continue;
            }
            int sessions = 3 + random.nextInt(4);
            for (int i = 0; i < sessions; i++) {
                LocalDate day = demo.today.minusDays(1 + random.nextInt(Math.min(40, entry.getKey().historyDays() - 1)));
                Instant start = day.atTime(19 + random.nextInt(4), random.nextInt(60)).atZone(zone).toInstant();
                Instant end = start.plus(Duration.ofMinutes(6 + random.nextInt(25)));
                rows.add(new Object[] { entry.getValue(), DemoContext.ts(start), DemoContext.ts(end),
                        OUTCOMES[random.nextInt(OUTCOMES.length)], 4 + random.nextInt(7) });
            }
        }
        demo.jdbc.batchUpdate("insert into sos_session (client_id, started_at, ended_at, outcome, strength)"
                + " values (?, ?, ?, ?, ?)", rows);
    }

    /** Each clinician opens each client's check-ins and plan before sessions, now and then a PDF. */
    private static void audit(DemoContext demo, Random random, ZoneId zone) {
        List<Object[]> rows = new ArrayList<>();
        for (Map.Entry<DemoClient, Long> entry : demo.clientIds.entrySet()) {
            DemoPractice.Clinician clinician = DemoPractice.CLINICIANS.get(entry.getKey().clinician());
            for (int week = 1; week <= 4; week++) {
                LocalDate day = demo.today.minusDays(week * 7L - random.nextInt(3));
                Instant at = day.atTime(8 + random.nextInt(9), random.nextInt(60)).atZone(zone).toInstant();
                rows.add(row(clinician, "CLINICIAN", entry.getValue(), at, "CHECK_INS", day.minusDays(29), day, null));
                rows.add(row(clinician, "CLINICIAN", entry.getValue(), at.plusSeconds(40), "ACTIVE_PLANS", null));
                if (random.nextInt(3) == 0) {
                    rows.add(row(clinician, "CLINICIAN", entry.getValue(), at.plusSeconds(95), "SESSION_PREP_PDF", null));
                }
            }
        }
        long alex = clientId(demo, "alex@demo.holdfast");
        Instant glass = demo.today.minusDays(9).atTime(16, 12).atZone(zone).toInstant();
        String reason = "Dr Marsh is off sick; Alex's GP asked us to confirm the safety plan is in place.";
        DemoPractice.Clinician manager = new DemoPractice.Clinician(DemoPractice.ADMIN, "Morgan Tate");
        rows.add(row(manager, "ADMIN", alex, glass, "BREAK_GLASS_OPENED", reason));
        rows.add(row(manager, "ADMIN", alex, glass.plusSeconds(30), "ACTIVE_PLANS", reason));
        // Actions by their code (see AuditAction), a period where the kind has one
        demo.jdbc.batchUpdate("insert into audit_event (occurred_at, actor, actor_name, actor_role, client_id, action,"
                + " period_from, period_to, reason) values (?, ?, ?, ?, ?, ?, ?, ?, ?)", rows);
    }

    private static Object[] row(DemoPractice.Clinician who, String role, long clientId, Instant at, String action,
            String reason) {
        return row(who, role, clientId, at, action, null, null, reason);
    }

    private static Object[] row(DemoPractice.Clinician who, String role, long clientId, Instant at, String action,
            LocalDate from, LocalDate to, String reason) {
        return new Object[] { DemoContext.ts(at), who.username(), who.name(), role, clientId, action,
                from == null ? null : java.sql.Date.valueOf(from), to == null ? null : java.sql.Date.valueOf(to), reason };
    }

    private static long clientId(DemoContext demo, String username) {
        return demo.clientIds.entrySet().stream().filter(e -> e.getKey().username().equals(username)).findFirst()
                .orElseThrow().getValue();
    }
}
