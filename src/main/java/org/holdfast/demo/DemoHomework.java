package org.holdfast.demo;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.holdfast.demo.DemoPractice.Course;
import org.holdfast.demo.DemoPractice.DemoClient;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Homework for every demo client, in every state a clinician and a client should see: done with a
 * shared reflection, done with a private one, couldn't do it, overdue, due today, coming up, a daily
 * check-in over the last two weeks, and a weekly practice. Templates come from the library the
 * migration seeds; all reflections are invented.
 * <p>
 * Most clients keep up, as most do: their homework is answered (done or "couldn't"), so the caseload's
 * "Homework overdue" flag picks out the few who have fallen behind rather than everyone. Those are the
 * clients whose journal shows it too: struggling recently (a few daily check-ins missed, the privacy
 * review not done) and gone quiet (no daily check-in since they went quiet).
 */
@Component
@Order(20)
class DemoHomework implements DemoPart {

    private static final String COMPLETION_INSERT = "insert into homework_completion (assignment_id, client_id,"
            + " occurrence_date, outcome, reflection, shared_with_clinician, reason, recorded_at, version)"
            + " values (?, ?, ?, ?, ?, ?, ?, ?, 0)";

    @Override
    public void load(DemoContext demo) {
        Random random = demo.random("homework");
        List<Object[]> outcomes = new ArrayList<>();
        for (Map.Entry<DemoClient, Long> entry : demo.clientIds.entrySet()) {
            DemoClient client = entry.getKey();
            long clientId = entry.getValue();
            long clinicianId = demo.clinicianIds.get(client.clinician());
            Long planId = demo.firstPlanIds.get(clientId);
            Homework h = new Homework(demo, clientId, clinicianId, outcomes);
            LocalDate today = demo.today;
            String person = client.personLabel();
            boolean struggling = client.course() == Course.STRUGGLING_RECENTLY;
            boolean quiet = client.course() == Course.GONE_QUIET;

            long reasons = h.once("Write your reasons list", today.minusDays(20), planId);
            h.done(reasons, today.minusDays(20), pick(random,
                    "Wrote eleven reasons. Number four surprised me: I had stopped seeing my friends without noticing.",
                    "Harder than I expected. I cried at the part about the holidays, but the list feels solid.",
                    "Kept it short. Reading it back the next morning helped more than writing it."), true);

            long boxUp = h.once("Box up reminders", today.minusDays(12), null);
            h.done(boxUp, today.minusDays(12), pick(random,
                    "Put the box in the loft. Kept one photo out and I am not ready to talk about why.",
                    "My brother took the box. The flat feels emptier and calmer at the same time.",
                    "Found a card from " + person + " in a coat pocket halfway through. Sat with it for a while."), false);

            long tellTwo = h.once("Tell two support people about the plan", today.minusDays(9), planId);
            h.couldNot(tellTwo, today.minusDays(9), pick(random,
                    "I told one friend. The second person I had in mind is friends with " + person + " too, and I froze.",
                    "Worried they would say I am overreacting. Could we practise what to say?",
                    "The week got away from me with work. I still want to do it."));

            long privacy = h.once("Review privacy settings and passwords", today.minusDays(3), null);
            if (!struggling && !quiet) {
                h.done(privacy, today.minusDays(3), null, false);
            } // otherwise overdue: nothing recorded

            h.once("Block them on every channel", today, planId);

            h.once("Plan for a high-risk date", today.plusDays(5), planId);

            if (clientId % 3 == 0) {
                long closing = h.once("Draft the closing message", today.plusDays(2), planId);
                h.cancel(closing, today.minusDays(1));
            }

            long daily = h.recurring("Daily check-in", "DAILY", today.minusDays(13), today.plusDays(6), null);
            int couldNotDay = 2 + random.nextInt(10);
            for (int daysAgo = 13; daysAgo >= 1; daysAgo--) {
                LocalDate day = today.minusDays(daysAgo);
                if (daysAgo == couldNotDay) {
                    h.couldNot(daily, day, pick(random, "Went to bed early, it was a heavy day.",
                            "Phone was off all day on purpose.", "Forgot until the next morning."));
                } else if ((struggling && random.nextDouble() < 0.3) || (quiet && daysAgo < 6)) {
                    continue; // missed days stay open, so the clinician sees them overdue
                } else {
                    boolean withNote = random.nextDouble() < 0.35;
                    h.done(daily, day, withNote ? pick(random, "Urge around 6 in the evening, went for a run instead.",
                            "Calm day. Barely thought about it until bedtime.",
                            "Saw a car like theirs. Rough ten minutes, then fine.",
                            "Reread my reasons list before sleeping.") : null, random.nextDouble() < 0.75);
                }
            }

            long script = h.recurring("Practise a script for meeting them by chance", "WEEKLY", today.minusDays(14),
                    today.plusDays(14), planId);
            h.done(script, today.minusDays(14), "Said it out loud in the car. Sounded stiff, but I said it.", true);
            h.done(script, today.minusDays(7), pick(random, "Practised with my sister playing " + person + ". Shaky but I got through.",
                    "Easier this time. I added a line about walking away."), random.nextBoolean());
        }
        demo.jdbc.batchUpdate(COMPLETION_INSERT, outcomes);
    }

    @SafeVarargs
    private static <T> T pick(Random random, T... options) {
        return options[random.nextInt(options.length)];
    }

    /** Writes one client's homework; outcomes are collected for one batch insert. */
    private static final class Homework {

        private final DemoContext demo;
        private final long clientId;
        private final long clinicianId;
        private final List<Object[]> outcomes;

        Homework(DemoContext demo, long clientId, long clinicianId, List<Object[]> outcomes) {
            this.demo = demo;
            this.clientId = clientId;
            this.clinicianId = clinicianId;
            this.outcomes = outcomes;
        }

        long once(String template, LocalDate due, Long planId) {
            return recurring(template, "ONCE", due, due, planId);
        }

        long recurring(String template, String recurrence, LocalDate first, LocalDate last, Long planId) {
            Map<String, Object> t = demo.jdbc.queryForMap(
                    "select id, title, instructions from homework_template where title = ?", template);
            // Assigned at the session a few days before the first due date.
            Instant assignedAt = demo.now.minus(Math.max(0, ChronoUnit.DAYS.between(first, demo.today)) + 3, ChronoUnit.DAYS);
            return demo.insert("homework_assignment", new Object[][] {
                    { "client_id", clientId }, { "template_id", t.get("id") }, { "plan_id", planId },
                    { "title", t.get("title") }, { "instructions", t.get("instructions") },
                    { "recurrence", recurrence }, { "first_due", first }, { "last_due", last },
                    { "assigned_by", clinicianId }, { "assigned_at", Timestamp.from(assignedAt) }, { "version", 0 } });
        }

        void cancel(long assignmentId, LocalDate on) {
            demo.jdbc.update("update homework_assignment set cancelled_at = ? where id = ?",
                    Timestamp.from(recordedAt(on)), assignmentId);
        }

        void done(long assignmentId, LocalDate day, String reflection, boolean shared) {
            outcomes.add(new Object[] { assignmentId, clientId, day, "DONE", reflection, shared, null,
                    Timestamp.from(recordedAt(day)), });
        }

        void couldNot(long assignmentId, LocalDate day, String reason) {
            outcomes.add(new Object[] { assignmentId, clientId, day, "COULD_NOT", null, true, reason,
                    Timestamp.from(recordedAt(day)) });
        }

        private Instant recordedAt(LocalDate day) {
            return day.atTime(20, 30).atZone(demo.clock.getZone()).toInstant();
        }
    }
}
