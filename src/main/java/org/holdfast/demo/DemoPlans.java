package org.holdfast.demo;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;

import org.holdfast.demo.DemoPractice.DemoClient;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/**
 * Fills every demo plan with believable, invented content (channels, exceptions, closing message,
 * steps, reasons, coping strategies, support contacts, high-risk dates, safety), gives a few clients
 * a second plan, and writes a short version history. Written as SQL and JSON so that the demo needs
 * nothing from the plans module; the JSON uses the property names of {@code PlanContent}.
 */
@Component
@Order(10)
class DemoPlans implements DemoPart {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final List<String> ALL_CHANNELS = List.of("IN_PERSON", "PHONE", "TEXT", "EMAIL", "SOCIAL_MEDIA",
            "THIRD_PARTY", "OTHER");
    /** The plan's parts in the order PlanPart lists them, with the JSON keys each covers. */
    private static final Map<String, List<String>> PARTS = parts();

    @Override
    public void load(DemoContext demo) {
        Random random = demo.random("plans");
        for (Map.Entry<DemoClient, Long> entry : demo.clientIds.entrySet()) {
            DemoClient client = entry.getKey();
            long clientId = entry.getValue();
            long planId = demo.firstPlanIds.get(clientId);
            LocalDate start = demo.today.minusDays(client.historyDays() - 1L);
            Map<String, Object> plan = firstPlan(client, start, demo.today, random);
            updatePlan(demo, planId, plan, "ACTIVE", null);
            writeHistory(demo, client, planId, plan, "ACTIVE", null, start, random);
            highRiskDates(demo, planId, clientId, plan);
        }
        secondPlans(demo, random);
    }

    // ---- the first plan of every client ---------------------------------------------------------

    private static Map<String, Object> firstPlan(DemoClient client, LocalDate start, LocalDate today, Random random) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("personLabel", client.personLabel());
        c.put("relationship", client.relationship());
        c.put("purpose", client.purpose());
        c.put("startDate", start.toString());
        c.put("initialPeriodDays", client.periodDays());
        int reviewAfter = client.periodDays() == null ? 90 : client.periodDays();
        LocalDate review = start.plusDays(reviewAfter);
        // A few reviews fall due this week, so the caseload has something to show.
        c.put("reviewDate", (random.nextInt(5) == 0 ? today.plusDays(random.nextInt(6)) : review).toString());
        boolean safety = "SAFETY".equals(client.purpose());
        c.put("channels", ALL_CHANNELS);
        c.put("exceptions", exceptions(client));
        c.put("closingMessage", closingMessage(client));
        boolean sent = client.historyDays() > 40 || random.nextBoolean();
        c.put("closingMessageSent", sent);
        c.put("closingMessageSentOn", sent ? start.plusDays(1 + random.nextInt(3)).toString() : null);
        c.put("stepsDone", steps(client, random));
        c.put("reasons", pick(random, reasons(client.relationship()), 3 + random.nextInt(3)));
        c.put("copingStrategies", pick(random, COPING, 3 + random.nextInt(3)));
        c.put("supportContacts", pick(random, CONTACTS, 2 + random.nextInt(2)));
        c.put("highRiskDates", dates(client, today, random));
        c.put("riskLevel", safety ? (random.nextBoolean() ? "HIGH" : "MODERATE")
                : random.nextInt(4) == 0 ? "LOW" : "NONE");
        if (safety) {
            c.put("ifTheyTurnUp", "Don't open the door or go outside to talk. Go to the back room, call a support"
                    + " contact, and note the time. If they won't leave, call the police.");
            c.put("whomToCall", "A support contact first. Police if there's any threat or they won't leave. Bring any"
                    + " repeated visits to session: we'll look at a protective order together.");
        } else {
            c.put("ifTheyTurnUp", "Keep it short and polite: \"I'm not able to talk. Take care.\" Then leave.");
            c.put("whomToCall", null);
        }
        return c;
    }

    private static List<Map<String, Object>> exceptions(DemoClient client) {
        return switch (client.username()) {
            case "ruth@demo.holdfast", "femi@demo.holdfast", "clara@demo.holdfast" -> List.of(exception("CO_PARENTING",
                    "TEXT", "the children: hand-overs, school and health, through the co-parenting app only"));
            case "nico@demo.holdfast" -> List.of(exception("CO_PARENTING", "EMAIL",
                    "Mila's weekend arrangements; one email a week, replies within two days"));
            case "hana@demo.holdfast" -> List.of(exception("WORKPLACE", "EMAIL",
                    "project work, with the team copied in; no one-to-one chats"));
            case "mina@demo.holdfast", "marek@demo.holdfast" -> List.of(exception("WORKPLACE", "IN_PERSON",
                    "scheduled meetings with HR or a colleague present"));
            case "oskar@demo.holdfast" -> List.of(exception("SHARED_PROPERTY_OR_PET", "EMAIL",
                    "selling the car and the dog's vet bills, until both are settled"));
            default -> List.of();
        };
    }

    private static Map<String, Object> exception(String reason, String channel, String topic) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("reason", reason);
        e.put("channel", channel);
        e.put("topic", topic);
        return e;
    }

    private static String closingMessage(DemoClient client) {
        if (!exceptions(client).isEmpty() && exceptions(client).getFirst().get("reason").equals("CO_PARENTING")) {
            return "From now on I will only be in touch about the children, in writing, through the app we agreed."
                    + " I won't reply to anything else.";
        }
        if (!exceptions(client).isEmpty() && exceptions(client).getFirst().get("reason").equals("WORKPLACE")) {
            return "I'll keep our contact to work matters, in scheduled meetings or in writing with others copied in."
                    + " I won't be responding to anything personal.";
        }
        return switch (client.purpose()) {
            case "SAFETY" -> "I am ending all contact. Do not call, message or visit me, or contact me through other"
                    + " people. Any further contact will be treated as harassment.";
            case "SPACE_TO_REASSESS" -> "I need a break from contact for my own wellbeing. I won't be answering calls,"
                    + " messages or visits for now, and I'd ask you not to send messages through others.";
            default -> "I'm ending contact between us. I won't be replying to calls, messages or emails, and I'm asking"
                    + " you not to contact me. I wish you well.";
        };
    }

    private static List<String> steps(DemoClient client, Random random) {
        List<String> all = List.of("BLOCK_NUMBER", "BLOCK_EMAIL", "BLOCK_SOCIAL", "PRIVACY_SETTINGS", "PASSWORDS",
                "DEVICE_CHECK", "BOX_UP_REMINDERS", "TELL_FRIENDS");
        int done = Math.min(all.size(), 2 + client.historyDays() / 20 + random.nextInt(2));
        return all.subList(0, done);
    }

    private static List<Map<String, Object>> dates(DemoClient client, LocalDate today, Random random) {
        List<Map<String, Object>> dates = new ArrayList<>();
        boolean ex = "EX_PARTNER".equals(client.relationship());
        // About half the caseload has a hard day inside the next two weeks.
        int soon = 3 + random.nextInt(12);
        dates.add(date(ex ? "The day we met" : client.personLabel() + "'s birthday",
                today.plusDays(soon).minusYears(2 + random.nextInt(6)), true));
        dates.add(date(ex ? "Their birthday" : "Mother's Day", today.plusDays(40 + random.nextInt(200)).minusYears(30), true));
        dates.add(date("Christmas Day", LocalDate.of(today.getYear(), 12, 25), true));
        if (client.username().equals(DemoJournal.ANNIVERSARY_CLIENT)) {
            // Three weeks ago: the insights page shows her urges clustering around it.
            dates.add(date(DemoJournal.ANNIVERSARY_LABEL, today.minusDays(DemoJournal.ANNIVERSARY_DAYS_AGO).minusYears(3), true));
        }
        if (random.nextBoolean()) {
            dates.add(date(ex ? "First New Year's Eve without them" : "Family wedding",
                    ex ? LocalDate.of(today.getYear(), 12, 31) : today.plusDays(20 + random.nextInt(60)), !ex));
        }
        return dates;
    }

    private static Map<String, Object> date(String label, LocalDate date, boolean yearly) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("label", label);
        d.put("date", date.toString());
        d.put("yearly", yearly);
        return d;
    }

    // ---- a second plan for a few clients ---------------------------------------------------------

    private static void secondPlans(DemoContext demo, Random random) {
        second(demo, random, "alex@demo.holdfast", "Dad", "PARENT", "SPACE_TO_REASSESS", 90, 20, "ACTIVE", null);
        second(demo, random, "priya@demo.holdfast", "my stepbrother", "FAMILY_MEMBER", "HEAL_AND_MOVE_ON", 60, -3, "DRAFT",
                null);
        second(demo, random, "ruth@demo.holdfast", "L.'s mother", "FAMILY_MEMBER", "SAFETY", null, 35, "ACTIVE", null);
        second(demo, random, "nico@demo.holdfast", "the old flatmate", "FRIEND", "HEAL_AND_MOVE_ON", 60, 140, "COMPLETED",
                "Reached the 60 days and past them. Nico feels settled and chose to keep his distance without a formal plan.");
        second(demo, random, "bea@demo.holdfast", "Mum", "PARENT", "SPACE_TO_REASSESS", 60, 25, "PAUSED",
                "Mum is in hospital; Bea wants to be able to visit. Review when she is discharged.");
    }

    private static void second(DemoContext demo, Random random, String username, String person, String relationship,
            String purpose, Integer periodDays, int daysAgo, String status, String statusReason) {
        DemoClient client = DemoPractice.CLIENTS.stream().filter(c -> c.username().equals(username)).findFirst()
                .orElseThrow();
        long clientId = demo.clientIds.get(client);
        LocalDate start = demo.today.minusDays(daysAgo);
        DemoClient asPerson = new DemoClient(username, client.name(), client.clinician(), person, relationship, purpose,
                periodDays, Math.max(daysAgo, 1), client.course());
        Map<String, Object> plan = firstPlan(asPerson, start, demo.today, random);
        long planId = demo.insert("no_contact_plan", new Object[][] {
                { "client_id", clientId }, { "person_label", person }, { "relationship", relationship },
                { "purpose", purpose }, { "start_date", start }, { "initial_period_days", periodDays },
                { "status", status }, { "created_at", DemoContext.ts(demo.now) }, { "version", 0 },
                { "risk_level", "NONE" } });
        updatePlan(demo, planId, plan, status, statusReason);
        writeHistory(demo, asPerson, planId, plan, status, statusReason, start, random);
        highRiskDates(demo, planId, clientId, plan);
    }

    // ---- writing ---------------------------------------------------------------------------------

    private static void updatePlan(DemoContext demo, long planId, Map<String, Object> plan, String status,
            String statusReason) {
        Map<String, Object> document = new LinkedHashMap<>(plan);
        List.of("personLabel", "relationship", "purpose", "startDate", "initialPeriodDays", "reviewDate", "riskLevel")
                .forEach(document::remove);
        demo.jdbc.update("update no_contact_plan set review_date = ?, risk_level = ?, status = ?, status_reason = ?,"
                + " content = ? where id = ?", LocalDate.parse((String) plan.get("reviewDate")), plan.get("riskLevel"),
                status, statusReason, JSON.writeValueAsString(document), planId);
    }

    /**
     * One to three versions of content: the plan as first agreed (no coping strategies yet, no steps
     * done), sometimes a version in between, and the plan as it is now; then, for a paused or finished
     * plan, the status change. Summaries name what differs, as the portal's own would.
     */
    private static void writeHistory(DemoContext demo, DemoClient client, long planId, Map<String, Object> now,
            String status, String statusReason, LocalDate start, Random random) {
        long clinicianId = demo.clinicianIds.get(client.clinician());
        String clinician = DemoPractice.CLINICIANS.get(client.clinician()).name();
        List<Map<String, Object>> states = new ArrayList<>();
        int contentVersions = "DRAFT".equals(status) ? 1 : 1 + random.nextInt(3);
        if (contentVersions >= 2) {
            Map<String, Object> first = new LinkedHashMap<>(now);
            first.put("copingStrategies", List.of());
            first.put("stepsDone", List.of());
            first.put("closingMessageSent", false);
            first.put("closingMessageSentOn", null);
            states.add(first);
        }
        if (contentVersions == 3) {
            Map<String, Object> middle = new LinkedHashMap<>(now);
            middle.put("reviewDate", start.plusDays(30).toString());
            middle.put("highRiskDates", ((List<?>) now.get("highRiskDates")).subList(0, 2));
            states.add(middle);
        }
        states.add(now);
        boolean statusChange = !"ACTIVE".equals(status) && !"DRAFT".equals(status);
        int total = states.size() + (statusChange ? 1 : 0);
        // Spread the versions from two days before the start to yesterday, oldest first.
        long span = Math.max(1, ChronoUnit.DAYS.between(start.minusDays(2), demo.today) - 1);
        String contentStatus = "DRAFT".equals(status) ? "DRAFT" : "ACTIVE";
        Map<String, Object> before = null;
        for (int i = 0; i < total; i++) {
            boolean isStatusChange = i == states.size();
            Map<String, Object> state = isStatusChange ? now : states.get(i);
            long daysAgo = span + 1 - span * i / Math.max(1, total - 1);
            Timestamp at = Timestamp.from(demo.now.minus(Math.max(1, daysAgo), ChronoUnit.DAYS)
                    .minusSeconds(3600L * (1 + random.nextInt(6))));
            String summary = isStatusChange
                    ? "Status: " + label(status) + (statusReason == null ? "" : " (" + statusReason + ")")
                    : before == null ? "Plan created" : summary(before, state);
            Map<String, Object> snapshot = new LinkedHashMap<>();
            snapshot.put("content", state);
            snapshot.put("status", isStatusChange ? status : contentStatus);
            snapshot.put("statusReason", isStatusChange ? statusReason : null);
            demo.insert("plan_version", new Object[][] {
                    { "plan_id", planId }, { "version_no", i + 1 }, { "changed_at", at },
                    { "changed_by", clinicianId }, { "changed_by_name", clinician },
                    { "summary", summary.length() > 500 ? summary.substring(0, 500) : summary },
                    { "snapshot", JSON.writeValueAsString(snapshot) } });
            before = state;
        }
        // The plan row's version counts its saves, like a plan saved through the portal.
        demo.jdbc.update("update no_contact_plan set version = ? where id = ?", total - 1, planId);
    }

    private static String label(String status) {
        return status.charAt(0) + status.substring(1).toLowerCase();
    }

    private static String summary(Map<String, Object> before, Map<String, Object> after) {
        List<String> changed = new ArrayList<>();
        PARTS.forEach((label, keys) -> {
            if (keys.stream().anyMatch(k -> !Objects.equals(before.get(k), after.get(k)))) {
                changed.add(label);
            }
        });
        return String.join(", ", changed);
    }

    private static void highRiskDates(DemoContext demo, long planId, long clientId, Map<String, Object> plan) {
        for (Object o : (List<?>) plan.get("highRiskDates")) {
            Map<?, ?> d = (Map<?, ?>) o;
            demo.insert("plan_high_risk_date", new Object[][] {
                    { "plan_id", planId }, { "client_id", clientId }, { "label", d.get("label") },
                    { "risk_date", LocalDate.parse((String) d.get("date")) }, { "yearly", d.get("yearly") } });
        }
    }

    private static Map<String, List<String>> parts() {
        Map<String, List<String>> parts = new LinkedHashMap<>();
        parts.put("Person", List.of("personLabel"));
        parts.put("Relationship", List.of("relationship"));
        parts.put("Purpose", List.of("purpose"));
        parts.put("Start date", List.of("startDate"));
        parts.put("Initial period", List.of("initialPeriodDays"));
        parts.put("Review date", List.of("reviewDate"));
        parts.put("Channels", List.of("channels"));
        parts.put("Exceptions", List.of("exceptions"));
        parts.put("Closing message", List.of("closingMessage", "closingMessageSent", "closingMessageSentOn"));
        parts.put("Practical steps", List.of("stepsDone"));
        parts.put("Reasons", List.of("reasons"));
        parts.put("Coping strategies", List.of("copingStrategies"));
        parts.put("Support contacts", List.of("supportContacts"));
        parts.put("High-risk dates", List.of("highRiskDates"));
        parts.put("Safety", List.of("riskLevel", "ifTheyTurnUp", "whomToCall"));
        return parts;
    }

    // ---- invented pools ------------------------------------------------------------------------

    private static List<String> reasons(String relationship) {
        return switch (relationship) {
            case "EX_PARTNER" -> List.of(
                    "Every time we \"just talk\" I lose another month.",
                    "I stopped seeing my friends while we were together.",
                    "The apologies never changed what happened next.",
                    "I want my evenings back.",
                    "I deserve someone who is kind when things are hard.",
                    "I was always waiting for the next argument.",
                    "I sleep better in the weeks I don't hear from them.");
            case "PARENT", "FAMILY_MEMBER" -> List.of(
                    "Every visit ends with me feeling small.",
                    "I can care about family without being available for criticism.",
                    "My partner and I argue less when I'm not recovering from a phone call.",
                    "I want to decide what my family looks like.",
                    "I'm allowed to have a life they don't comment on.",
                    "The guilt is theirs to carry, not mine.");
            default -> List.of(
                    "I dread every message that might come.",
                    "I keep replaying our conversations instead of sleeping.",
                    "I'm not responsible for managing their moods.",
                    "I want to go to work without a knot in my stomach.",
                    "The friendship only went one way.",
                    "I want my confidence back.");
        };
    }

    private static final List<String> COPING = List.of(
            "Text my sister instead and tell her it's a hard moment.",
            "Walk round the block with my phone left at home.",
            "Write the message in my notes app and don't send it.",
            "Make tea and wait twenty minutes before doing anything.",
            "Put on my running playlist and move.",
            "Mute their name and keywords on every app.",
            "Reread my reasons list.",
            "Go to the climbing wall on Thursday evenings.",
            "Leave the room and open a window.",
            "Keep my phone in the kitchen after 10 pm.");

    private static final List<Map<String, Object>> CONTACTS = List.of(
            contact("Maya (sister)", "07700 900142", "Any time; knows about the plan"),
            contact("Jonah", "07700 900318", "Evenings and weekends"),
            contact("Aunt Bel", "07700 900577", "Good for a long talk"),
            contact("Night support line", "01632 960214", "The practice's out-of-hours list: 6 pm to midnight"),
            contact("Sam from running club", "07700 900864", "Saturday mornings"),
            contact("Dee (best friend)", "07700 900733", "Will come round if needed"));

    private static Map<String, Object> contact(String name, String phone, String note) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("name", name);
        c.put("phone", phone);
        c.put("note", note);
        return c;
    }

    private static <T> List<T> pick(Random random, List<T> pool, int n) {
        List<T> copy = new ArrayList<>(pool);
        java.util.Collections.shuffle(copy, random);
        return List.copyOf(copy.subList(0, Math.min(n, copy.size())));
    }
}
