package org.holdfast.demo;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import org.holdfast.demo.DemoPractice.Course;
import org.holdfast.demo.DemoPractice.DemoClient;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Urges, slips, contact attempts and consent for the demo practice. Invented throughout. Slips follow
 * the slipped check-ins the loader already wrote; three clients get escalating contact attempts (one
 * with a threat), chained exactly as the journal chains them ({@code JournalServiceTests} verifies
 * every demo chain, so a change to the canonical form there fails here first).
 */
@Component
@Order(40)
class DemoJournal implements DemoPart {

    /** Sharing levels chosen by the demo clients; anyone not listed has not chosen (the default). */
    private static final Map<String, String> LEVELS = Map.ofEntries(
            Map.entry("alex@demo.holdfast", "EVERYTHING"),
            Map.entry("zoe@demo.holdfast", "NUMBERS_AND_SHARED_ENTRIES"),
            Map.entry("priya@demo.holdfast", "NUMBERS_ONLY"),
            Map.entry("tom@demo.holdfast", "EVERYTHING"),
            Map.entry("mina@demo.holdfast", "NOTHING"),
            Map.entry("jonas@demo.holdfast", "NUMBERS_AND_SHARED_ENTRIES"),
            Map.entry("leah@demo.holdfast", "NUMBERS_ONLY"),
            Map.entry("nico@demo.holdfast", "EVERYTHING"),
            Map.entry("femi@demo.holdfast", "NUMBERS_AND_SHARED_ENTRIES"),
            Map.entry("ruth@demo.holdfast", "EVERYTHING"),
            Map.entry("dev@demo.holdfast", "NUMBERS_ONLY"),
            Map.entry("clara@demo.holdfast", "NUMBERS_AND_SHARED_ENTRIES"),
            Map.entry("elodie@demo.holdfast", "EVERYTHING"),
            Map.entry("kai@demo.holdfast", "NOTHING"));

    /** Priya's urges cluster around a yearly high-risk date three weeks ago (DemoPlans adds the date). */
    static final String ANNIVERSARY_CLIENT = "priya@demo.holdfast";
    static final String ANNIVERSARY_LABEL = "The day I left home";
    static final int ANNIVERSARY_DAYS_AGO = 21;

    /** Clients who share their contact-attempt log with their clinician. */
    private static final List<String> SHARES_CONTACT_LOG = List.of("alex@demo.holdfast", "zoe@demo.holdfast",
            "tom@demo.holdfast", "femi@demo.holdfast", "ruth@demo.holdfast", "nico@demo.holdfast");

    private static final String[] DID_INSTEAD = {
            "Called my sister and talked about something else entirely.",
            "Wrote the message in my notes app and didn't send it.",
            "Went for a run along the canal.",
            "Reread my reasons list, twice.",
            "Put the phone in another room and watched a film.",
            "Texted a friend from my support list.",
            "Set a 20-minute timer. By the end the pull had eased.",
            "Had a shower and went to bed early." };

    @Override
    public void load(DemoContext demo) {
        Random random = demo.random("journal");
        for (Map.Entry<DemoClient, Long> e : demo.clientIds.entrySet()) {
            DemoClient client = e.getKey();
            long clientId = e.getValue();
            String level = LEVELS.get(client.username());
            boolean sharesLog = SHARES_CONTACT_LOG.contains(client.username());
            if (level != null) {
                consent(demo, client, clientId, level, sharesLog);
            }
            urges(demo, client, clientId, level, random);
            slips(demo, client, clientId, level, random);
            shareSomeCheckIns(demo, clientId, level, random);
        }
        anniversary(demo, random);
        attempts(demo, "zoe@demo.holdfast", ZOE_ATTEMPTS);
        attempts(demo, "femi@demo.holdfast", FEMI_ATTEMPTS);
        attempts(demo, "ruth@demo.holdfast", RUTH_ATTEMPTS);
        attempts(demo, "alex@demo.holdfast", alexAttempts(demo));
    }

    private static void consent(DemoContext demo, DemoClient client, long clientId, String level, boolean sharesLog) {
        Instant at = demo.now.minus(20 + Math.abs(client.username().hashCode() % 20), ChronoUnit.DAYS);
        demo.jdbc.update("insert into journal_consent (client_id, level, share_contact_log, changed_at, version)"
                + " values (?, ?, ?, ?, 0)", clientId, level, sharesLog, DemoContext.ts(at));
        demo.insert("consent_change", new Object[][] { { "client_id", clientId }, { "changed_at", DemoContext.ts(at) },
                { "changed_by", client.username() }, { "from_level", "NUMBERS_ONLY" }, { "to_level", level },
                { "from_contact_log", false }, { "to_contact_log", sharesLog } });
    }

    private static boolean shared(String level, Random random) {
        return "EVERYTHING".equals(level) || ("NUMBERS_AND_SHARED_ENTRIES".equals(level) && random.nextBoolean());
    }

    private static void urges(DemoContext demo, DemoClient client, long clientId, String level, Random random) {
        ZoneId zone = demo.clock.getZone();
        int days = Math.min(client.historyDays(), 60);
        List<Object[]> rows = new ArrayList<>();
        for (int daysAgo = days - 1; daysAgo >= 0; daysAgo--) {
            LocalDate date = demo.today.minusDays(daysAgo);
            boolean weekendEvening = date.getDayOfWeek() == DayOfWeek.FRIDAY || date.getDayOfWeek() == DayOfWeek.SATURDAY;
            double progress = 1 - daysAgo / (double) days;
            double chance = switch (client.course()) {
                case WEEKEND_EVENINGS -> weekendEvening ? 0.8 : 0.15;
                case IMPROVING -> 0.6 - 0.45 * progress;
                case STRUGGLING_RECENTLY -> daysAgo < 7 ? 0.8 : 0.2;
                case GONE_QUIET -> daysAgo < 5 ? 0 : 0.25;
                case STEADY -> 0.12;
            };
            if (random.nextDouble() >= chance) {
                continue;
            }
            int strength = switch (client.course()) {
                case WEEKEND_EVENINGS -> weekendEvening ? 6 + random.nextInt(4) : 3 + random.nextInt(3);
                case IMPROVING -> Math.max(1, (int) Math.round(8 - 5 * progress) + random.nextInt(3) - 1);
                case STRUGGLING_RECENTLY -> daysAgo < 7 ? 7 + random.nextInt(4) : 3 + random.nextInt(3);
                default -> 2 + random.nextInt(5);
            };
            List<String> triggers = new ArrayList<>();
            if (client.course() == Course.WEEKEND_EVENINGS && weekendEvening) {
                triggers.add("EVENING");
                if (random.nextDouble() < 0.6) {
                    triggers.add("THEY_CONTACTED_ME");
                }
                if (random.nextDouble() < 0.4) {
                    triggers.add("ALCOHOL");
                }
            } else {
                String[] common = { "LONELINESS", "REMINDER", "MUTUAL_FRIENDS", "EVENING", "GUILT_OR_PRESSURE", "PRACTICAL_NEED" };
                triggers.add(common[random.nextInt(common.length)]);
                if (random.nextDouble() < 0.25) {
                    triggers.add("LONELINESS");
                }
            }
            int hour = weekendEvening && client.course() == Course.WEEKEND_EVENINGS ? 20 + random.nextInt(3) : 9 + random.nextInt(13);
            Instant at = date.atTime(hour, random.nextInt(60)).atZone(zone).toInstant();
            if (at.isAfter(demo.now.minus(30, ChronoUnit.MINUTES))) {
                continue; // nothing is logged in the future
            }
            String outcome = strength >= 9 && random.nextDouble() < 0.3 ? "DELAYED" : "RESISTED";
            rows.add(new Object[] { clientId, UUID.nameUUIDFromBytes(("urge" + clientId + at).getBytes()).toString(), "URGE",
                    DemoContext.ts(at), DemoContext.ts(at.plusSeconds(60 + random.nextInt(900))), strength,
                    String.join(",", triggers.stream().distinct().sorted().toList()),
                    random.nextDouble() < 0.8 ? DID_INSTEAD[random.nextInt(DID_INSTEAD.length)] : null, outcome,
                    shared(level, random) });
        }
        demo.jdbc.batchUpdate("insert into journal_entry (client_id, submission_id, kind, occurred_at, received_at, strength,"
                + " triggers, did_instead, outcome, shared, version) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)", rows);
    }

    /** A slip entry for most slipped check-ins, at the time of day the client logged it. */
    private static void slips(DemoContext demo, DemoClient client, long clientId, String level, Random random) {
        List<Map<String, Object>> slipped = demo.jdbc.queryForList(
                "select logged_at from check_in where client_id = ? and slipped = true order by entry_date", clientId);
        String person = client.personLabel();
        List<Object[]> rows = new ArrayList<>();
        for (Map<String, Object> row : slipped) {
            boolean alex = client.username().equals("alex@demo.holdfast");
            if (random.nextDouble() < 0.2 && !alex) {
                continue; // ticked on the check-in only
            }
            Instant at = ((Timestamp) row.get("logged_at")).toInstant().minus(1 + random.nextInt(3), ChronoUnit.HOURS);
            if (at.isAfter(demo.now)) {
                continue; // nothing is logged in the future
            }
            String channel;
            String direction;
            String triggers;
            String what;
            if (client.course() == Course.WEEKEND_EVENINGS) {
                // Alex answers J.'s weekend texts: the pattern the insights page is there to show.
                boolean replied = alex || random.nextDouble() < 0.6;
                channel = "TEXT";
                direction = replied ? "REPLIED" : "REACHED_OUT";
                triggers = replied ? "ALCOHOL,EVENING,THEY_CONTACTED_ME" : "EVENING,LONELINESS";
                what = replied ? person + " texted \"thinking of you\" around ten. I answered after a couple of drinks."
                        : "Sat at home on my own and sent " + person + " a message asking how they were.";
            } else {
                String[][] options = {
                        { "SOCIAL_MEDIA", "INDIRECT", "EVENING,REMINDER", "Looked through " + person + "'s photos for almost an hour." },
                        { "THIRD_PARTY", "INDIRECT", "MUTUAL_FRIENDS", "Asked a friend what " + person + " has been up to." },
                        { "PHONE", "REACHED_OUT", "LONELINESS", "Called " + person + ". They didn't pick up; I left a voicemail." },
                        { "TEXT", "REPLIED", "GUILT_OR_PRESSURE,THEY_CONTACTED_ME", "Replied to " + person + " because I felt guilty ignoring them." } };
                String[] o = options[random.nextInt(options.length)];
                channel = o[0];
                direction = o[1];
                triggers = o[2];
                what = o[3];
            }
            String feel = new String[] { "Flat. Not as bad as last time.", "Annoyed with myself, but I logged it.",
                    "Shaky. Going to reread my reasons list.", "Tired. Tomorrow is a new count." }[random.nextInt(4)];
            rows.add(new Object[] { clientId, UUID.nameUUIDFromBytes(("slip" + clientId + at).getBytes()).toString(), "SLIP",
                    DemoContext.ts(at), DemoContext.ts(at.plusSeconds(300 + random.nextInt(3600))), triggers, channel,
                    direction, what, feel, shared(level, random) });
        }
        demo.jdbc.batchUpdate("insert into journal_entry (client_id, submission_id, kind, occurred_at, received_at, triggers,"
                + " channel, direction, what_happened, feel_now, shared, version) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)", rows);
        if (List.of("ruth@demo.holdfast", "femi@demo.holdfast", "clara@demo.holdfast").contains(client.username())) {
            for (int i = 0; i < 4; i++) {
                Instant at = demo.today.minusDays(3 + i * 7L).atTime(17, 30).atZone(demo.clock.getZone()).toInstant();
                demo.insert("journal_entry", new Object[][] { { "client_id", clientId },
                        { "submission_id", UUID.nameUUIDFromBytes(("permitted" + clientId + i).getBytes()).toString() },
                        { "kind", "PERMITTED_CONTACT" }, { "occurred_at", DemoContext.ts(at) },
                        { "received_at", DemoContext.ts(at.plusSeconds(1200)) }, { "channel", "TEXT" },
                        { "direction", "REPLIED" }, { "exception_reason", "CO_PARENTING" },
                        { "what_happened", "Confirmed Saturday's hand-over time in the co-parenting app. Kept it to the facts." },
                        { "shared", shared(level, random) }, { "version", 0 } });
            }
        }
    }

    /** Strong urges in the days around Priya's anniversary, and one slip on the day itself. */
    private static void anniversary(DemoContext demo, Random random) {
        long priya = demo.clientIds.entrySet().stream().filter(e -> e.getKey().username().equals(ANNIVERSARY_CLIENT))
                .map(Map.Entry::getValue).findFirst().orElseThrow();
        ZoneId zone = demo.clock.getZone();
        LocalDate day = demo.today.minusDays(ANNIVERSARY_DAYS_AGO);
        int[] offsets = { -3, -2, -2, -1, -1, 0, 0, 0, 1, 1, 2, 3 };
        for (int i = 0; i < offsets.length; i++) {
            Instant at = day.plusDays(offsets[i]).atTime(10 + (i * 5) % 11, (i * 13) % 60).atZone(zone).toInstant();
            demo.insert("journal_entry", new Object[][] { { "client_id", priya },
                    { "submission_id", UUID.nameUUIDFromBytes(("anniversary-urge" + i).getBytes()).toString() },
                    { "kind", "URGE" }, { "occurred_at", DemoContext.ts(at) }, { "received_at", DemoContext.ts(at.plusSeconds(120)) },
                    { "strength", 6 + (i * 7) % 4 }, { "triggers", "ANNIVERSARY,REMINDER" },
                    { "did_instead", DID_INSTEAD[i % DID_INSTEAD.length] }, { "outcome", i == 6 ? "SLIPPED" : i % 4 == 0 ? "DELAYED" : "RESISTED" },
                    { "shared", false }, { "version", 0 } });
        }
        Instant slip = day.atTime(20, 15).atZone(zone).toInstant();
        demo.insert("journal_entry", new Object[][] { { "client_id", priya },
                { "submission_id", UUID.nameUUIDFromBytes("anniversary-slip".getBytes()).toString() }, { "kind", "SLIP" },
                { "occurred_at", DemoContext.ts(slip) }, { "received_at", DemoContext.ts(slip.plusSeconds(900)) },
                { "triggers", "ANNIVERSARY,LONELINESS" }, { "channel", "PHONE" }, { "direction", "REACHED_OUT" },
                { "what_happened", "Rang Mum on the day. We argued within minutes." },
                { "feel_now", "Wrung out. I knew the day would be hard." }, { "shared", false }, { "version", 0 } });
    }

    private static void shareSomeCheckIns(DemoContext demo, long clientId, String level, Random random) {
        if ("EVERYTHING".equals(level)) {
            demo.jdbc.update("update check_in set shared = true where client_id = ?", clientId);
        } else if ("NUMBERS_AND_SHARED_ENTRIES".equals(level)) {
            demo.jdbc.update("update check_in set shared = true where client_id = ? and mod(id, 3) = ?", clientId,
                    random.nextInt(3));
        }
    }

    /** daysAgo, hour, channel, sender as shown, via third party, what was said or done, responded, safety. */
    private record Attempt(int daysAgo, int hour, String channel, String sender, boolean viaThirdParty, String content,
            boolean responded, int safety, Instant at) {

        Attempt(int daysAgo, int hour, String channel, String sender, boolean viaThirdParty, String content,
                boolean responded, int safety) {
            this(daysAgo, hour, channel, sender, viaThirdParty, content, responded, safety, null);
        }
    }

    private static final List<Attempt> ZOE_ATTEMPTS = List.of(
            new Attempt(34, 22, "TEXT", "+44 7700 900418", false, "hey. can we talk", false, 7),
            new Attempt(27, 23, "TEXT", "+44 7700 900418", false, "I know you're reading these. Just answer me once.", false, 6),
            new Attempt(20, 19, "SOCIAL_MEDIA", "@m.r_photos (new account)", false,
                    "Follow request from a new account, then a message: \"you blocked me everywhere, really?\"", false, 5),
            new Attempt(14, 18, "THIRD_PARTY", "my cousin Dani", true,
                    "Dani said they'd been asked to tell me \"it's not over until we talk face to face\".", false, 4),
            new Attempt(9, 8, "OTHER", "no name on it (left on my doormat)", false,
                    "Flowers and a card on the doormat: \"You can't just disappear.\"", false, 3),
            new Attempt(6, 21, "TEXT", "+44 7700 900418", false, "Six messages in ten minutes: \"answer me\".", false, 4),
            new Attempt(6, 23, "PHONE", "+44 7700 900418", false, "Called twice after the messages. Didn't answer.", false, 4),
            new Attempt(5, 17, "IN_PERSON", "my ex, in person, outside my work", false,
                    "Was standing by the entrance when I came out. Said my name twice. I went back inside and a colleague walked me to the bus.", false, 2),
            new Attempt(4, 22, "PHONE", "withheld number", false, "Three silent calls from a withheld number.", false, 3),
            new Attempt(2, 23, "TEXT", "+44 7700 900562 (unknown number)", false,
                    "\"If you keep ignoring me you'll regret it. I know where you are.\"", false, 1));

    private static final List<Attempt> FEMI_ATTEMPTS = List.of(
            new Attempt(21, 20, "PHONE", "M. (mobile)", false, "Two missed calls after the hand-over, no voicemail.", false, 6),
            new Attempt(12, 21, "TEXT", "M. (mobile)", false, "\"We need to talk about us, not the kids.\"", false, 5),
            new Attempt(6, 22, "EMAIL", "m.personal@example.invalid", false,
                    "Long email about the relationship, four paragraphs, ending \"you owe me this\".", false, 4),
            new Attempt(1, 19, "THIRD_PARTY", "my mother", true, "M. phoned my mother asking her to 'talk sense into me'.", false, 4));

    private static final List<Attempt> RUTH_ATTEMPTS = List.of(
            new Attempt(30, 21, "TEXT", "L. (mobile)", false, "\"Are the kids OK? Also, are you OK?\" (outside the co-parenting app)", false, 7),
            new Attempt(16, 20, "SOCIAL_MEDIA", "@l_ellery_83", false, "Reacted to three of my old photos within a minute.", false, 6),
            new Attempt(4, 18, "PHONE", "withheld number", false, "Three calls from a withheld number, ten minutes apart.", true, 5));

    /**
     * J. texts Alex on weekend evenings, an hour or two before each slip that was a reply: the insights page
     * shows Alex's slips following J.'s texts. Derived from the slips already written, so it stays in step.
     */
    private static List<Attempt> alexAttempts(DemoContext demo) {
        long alex = demo.clientIds.entrySet().stream().filter(e -> e.getKey().username().equals("alex@demo.holdfast"))
                .map(Map.Entry::getValue).findFirst().orElseThrow();
        String[] texts = { "\"thinking of you x\"", "\"remember this?\" with a photo from our holiday",
                "\"are you out tonight?\"", "\"I miss us\"", "\"just one drink, to talk\"" };
        List<Attempt> list = new ArrayList<>();
        List<Map<String, Object>> replies = demo.jdbc.queryForList("select occurred_at from journal_entry"
                + " where client_id = ? and kind = 'SLIP' and direction = 'REPLIED' order by occurred_at", alex);
        for (Map<String, Object> row : replies) {
            Instant slip = ((Timestamp) row.get("occurred_at")).toInstant();
            Instant at = slip.minus(50 + (list.size() * 37) % 70, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS);
            list.add(new Attempt(0, 0, "TEXT", "J.", false, texts[list.size() % texts.length], list.size() % 2 == 0, 7, at));
        }
        return list;
    }

    private static void attempts(DemoContext demo, String username, List<Attempt> list) {
        long clientId = demo.clientIds.entrySet().stream().filter(e -> e.getKey().username().equals(username))
                .map(Map.Entry::getValue).findFirst().orElseThrow();
        boolean shared = SHARES_CONTACT_LOG.contains(username) && "EVERYTHING".equals(LEVELS.get(username));
        ZoneId zone = demo.clock.getZone();
        String previous = null;
        int seq = 0;
        Long firstId = null;
        for (Attempt a : list) {
            seq++;
            Instant occurred = a.at() != null ? a.at()
                    : demo.today.minusDays(a.daysAgo()).atTime(a.hour(), 10 + seq % 50).atZone(zone).toInstant();
            Instant received = occurred.plus(25, ChronoUnit.MINUTES);
            String submission = UUID.nameUUIDFromBytes((username + seq).getBytes()).toString();
            String hash = hash(clientId, seq, submission, occurred, received, a.channel(), a.sender(), a.viaThirdParty(),
                    a.content(), a.responded(), a.safety(), null, null, previous);
            long id = demo.insert("contact_attempt", new Object[][] { { "client_id", clientId }, { "seq", seq },
                    { "submission_id", submission }, { "occurred_at", DemoContext.ts(occurred) },
                    { "received_at", DemoContext.ts(received) }, { "channel", a.channel() }, { "sender", a.sender() },
                    { "via_third_party", a.viaThirdParty() }, { "content", a.content() }, { "responded", a.responded() },
                    { "safety", a.safety() }, { "shared", shared }, { "prev_hash", previous }, { "hash", hash } });
            firstId = firstId == null ? id : firstId;
            previous = hash;
        }
        if (username.equals("ruth@demo.holdfast")) {
            // A correction: the original stays, the new record says what changed and why.
            seq++;
            Attempt a = list.getFirst();
            Instant occurred = demo.today.minusDays(a.daysAgo()).atTime(20, 40).atZone(zone).toInstant();
            Instant received = demo.now.minus(29, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
            String submission = UUID.nameUUIDFromBytes((username + seq).getBytes()).toString();
            String reason = "Checked my phone: it was 20:40, not 21:10";
            String hash = hash(clientId, seq, submission, occurred, received, a.channel(), a.sender(), a.viaThirdParty(),
                    a.content(), a.responded(), a.safety(), firstId, reason, previous);
            demo.insert("contact_attempt", new Object[][] { { "client_id", clientId }, { "seq", seq },
                    { "submission_id", submission }, { "occurred_at", DemoContext.ts(occurred) },
                    { "received_at", DemoContext.ts(received) }, { "channel", a.channel() }, { "sender", a.sender() },
                    { "via_third_party", a.viaThirdParty() }, { "content", a.content() }, { "responded", a.responded() },
                    { "safety", a.safety() }, { "corrects_id", firstId }, { "correction_reason", reason },
                    { "shared", true }, { "prev_hash", previous }, { "hash", hash } });
            previous = hash;
        }
        demo.jdbc.update("insert into contact_attempt_head (client_id, last_seq, last_hash) values (?, ?, ?)", clientId, seq,
                previous);
    }

    /** The journal's canonical form (org.holdfast.journal.EvidenceChain), repeated: the demo uses SQL only. */
    private static String hash(long clientId, int seq, String submission, Instant occurred, Instant received,
            String channel, String sender, boolean viaThirdParty, String content, boolean responded, int safety,
            Long correctsId, String reason, String previous) {
        StringBuilder out = new StringBuilder("holdfast-contact-attempt-v1;");
        for (Object value : new Object[] { clientId, seq, submission, micros(occurred), micros(received), channel, sender,
                viaThirdParty, content, responded, safety, correctsId, reason, previous }) {
            if (value == null) {
                out.append("-;");
            } else {
                String text = value.toString();
                out.append(text.length()).append(':').append(text).append(';');
            }
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(out.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long micros(Instant instant) {
        return ChronoUnit.MICROS.between(Instant.EPOCH, instant);
    }
}
