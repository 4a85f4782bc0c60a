package org.holdfast.demo;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.holdfast.demo.DemoPractice.DemoClient;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A few months of PHQ-9, GAD-7 and WHO-5 for several demo clients, whose scores follow their stories: Zoë's and
 * Ruth's fall as their first hard weeks pass; Alex's hover, as his weekend evenings keep going; Leah's steady
 * wellbeing creeps up; Tomás, Femi and Marek, whose last week went badly, have a reliably worse latest score (the
 * caseload's "Scores worse" flag). Item 9 is always "Not at all" here: the demo's safety signals are DemoSafety's.
 * Invented numbers. Scores are written as the measures module would score them (sum, WHO-5 times 4).
 */
@Component
@Order(60)
class DemoMeasures implements DemoPart {

    /** One series: the instrument, days between due dates, days since the last answered one, scores oldest first. */
    private record Series(String client, String instrument, String recurrence, int step, int lastAnsweredDaysAgo, int... scores) {
    }

    private static final List<Series> SERIES = List.of(
            new Series("zoe@demo.holdfast", "PHQ9", "EVERY_2_WEEKS", 14, 3, 19, 18, 16, 14, 12, 11, 9, 7),
            new Series("zoe@demo.holdfast", "GAD7", "EVERY_2_WEEKS", 14, 3, 16, 15, 13, 12, 10, 8, 8, 6),
            new Series("alex@demo.holdfast", "PHQ9", "EVERY_2_WEEKS", 14, 5, 13, 12, 14, 11, 12),
            new Series("alex@demo.holdfast", "WHO5", "EVERY_4_WEEKS", 28, 5, 36, 40, 44),
            new Series("leah@demo.holdfast", "WHO5", "EVERY_4_WEEKS", 28, 9, 48, 52, 52, 56),
            new Series("tom@demo.holdfast", "PHQ9", "EVERY_WEEK", 7, 2, 11, 9, 8, 14),
            new Series("tom@demo.holdfast", "GAD7", "EVERY_WEEK", 7, 2, 9, 8, 8, 13),
            new Series("femi@demo.holdfast", "PHQ9", "EVERY_2_WEEKS", 14, 4, 12, 10, 9, 8, 8, 15),
            new Series("jonas@demo.holdfast", "GAD7", "EVERY_2_WEEKS", 14, 6, 11, 9, 8, 6),
            new Series("ruth@demo.holdfast", "PHQ9", "EVERY_2_WEEKS", 14, 1, 18, 17, 15, 13, 12, 10, 8),
            new Series("ruth@demo.holdfast", "WHO5", "EVERY_4_WEEKS", 28, 1, 24, 36, 48),
            new Series("marek@demo.holdfast", "GAD7", "EVERY_WEEK", 7, 1, 10, 9, 15));

    @Override
    public void load(DemoContext demo) {
        ZoneId zone = demo.clock.getZone();
        Map<String, DemoClient> byUsername = demo.clientIds.keySet().stream()
                .collect(Collectors.toMap(DemoClient::username, c -> c));
        List<Object[]> responses = new ArrayList<>();
        for (Series s : SERIES) {
            DemoClient client = byUsername.get(s.client());
            long clientId = demo.clientIds.get(client);
            long clinicianId = demo.clinicianIds.get(client.clinician());
            LocalDate first = demo.today.minusDays(s.lastAnsweredDaysAgo() + (long) s.step() * (s.scores().length - 1));
            long assignment = demo.insert("measure_assignment", new Object[][] { { "client_id", clientId },
                    { "instrument", s.instrument() }, { "recurrence", s.recurrence() }, { "first_due", first },
                    { "last_due", null }, { "assigned_by", clinicianId },
                    { "assigned_at", DemoContext.ts(first.minusDays(1).atTime(15, 0).atZone(zone).toInstant()) },
                    { "cancelled_at", null }, { "version", 0 } });
            for (int i = 0; i < s.scores().length; i++) {
                LocalDate due = first.plusDays((long) s.step() * i);
                // Answered in the evening of the due day, a little later each time, as people do.
                var at = due.atTime(19, 10 + 7 * (i % 6)).atZone(zone).toInstant();
                List<Integer> answers = answers(s.instrument(), s.scores()[i]);
                responses.add(new Object[] { assignment, clientId, s.instrument(), due, UUID.nameUUIDFromBytes(
                        ("demo-measure-" + assignment + "-" + i).getBytes(java.nio.charset.StandardCharsets.UTF_8)).toString(),
                        answers.stream().map(String::valueOf).collect(Collectors.joining(",")), s.scores()[i],
                        DemoContext.ts(at) });
            }
        }
        demo.jdbc.batchUpdate("insert into measure_response (assignment_id, client_id, instrument, due_date, submission_id,"
                + " answers, score, completed_at, version) values (?, ?, ?, ?, ?, ?, ?, ?, 0)", responses);
    }

    /**
     * Item values that add up to the score: spread evenly over the items, PHQ-9's item 9 kept at "Not at all". WHO-5
     * scores are percentages, so the raw sum is a quarter of them.
     */
    static List<Integer> answers(String instrument, int score) {
        int items = switch (instrument) {
            case "PHQ9" -> 9;
            case "GAD7" -> 7;
            default -> 5;
        };
        int spread = instrument.equals("PHQ9") ? 8 : items;
        int max = instrument.equals("WHO5") ? 5 : 3;
        int left = instrument.equals("WHO5") ? score / 4 : score;
        Integer[] values = new Integer[items];
        Arrays.fill(values, 0);
        for (int round = 0; left > 0 && round < max; round++) {
            for (int i = 0; i < spread && left > 0; i++) {
                values[i]++;
                left--;
            }
        }
        return List.of(values);
    }
}
