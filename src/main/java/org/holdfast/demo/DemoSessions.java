package org.holdfast.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.holdfast.demo.DemoPractice.DemoClient;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Weekly or fortnightly sessions since each plan started, and the next one booked. */
@Component
@Order(30)
class DemoSessions implements DemoPart {

    private static final List<String> NOTES = List.of(
            "Talked through the weekend. Noticed the pattern: evenings alone after a busy week.",
            "Reviewed the reasons list together; added two new reasons.",
            "Practised the script for meeting them by chance. More confident by the end.",
            "Grief came up strongly today. Normalised it; agreed on gentle routines for the week.",
            "Checked the blocking steps. Email still open: homework to close it.",
            "Planned for the anniversary next month: who to be with, what to do that evening.");

    @Override
    public void load(DemoContext demo) {
        Random random = demo.random("sessions");
        List<Object[]> rows = new ArrayList<>();
        for (Map.Entry<DemoClient, Long> entry : demo.clientIds.entrySet()) {
            DemoClient client = entry.getKey();
            boolean weekly = random.nextBoolean();
            DayOfWeek weekday = DayOfWeek.of(1 + random.nextInt(5));
            int hour = 9 + random.nextInt(9);
            LocalDate first = demo.today.minusDays(client.historyDays() - 1L).with(TemporalAdjusters.nextOrSame(weekday));
            LocalDate date = first;
            while (!date.isAfter(demo.today.plusDays(14))) {
                LocalDateTime at = date.atTime(hour, 0);
                boolean past = at.isBefore(LocalDateTime.now(demo.clock));
                String status = !past ? "SCHEDULED" : random.nextDouble() < 0.08 ? "CANCELLED" : "HELD";
                String note = past && "HELD".equals(status) && random.nextDouble() < 0.6
                        ? NOTES.get(random.nextInt(NOTES.size())) : null;
                rows.add(new Object[] { entry.getValue(), DemoContext.ts(at.atZone(demo.clock.getZone()).toInstant()),
                        50, status, note, DemoContext.ts(demo.now) });
                if (!past) {
                    break; // one booked session ahead is what a practice usually has
                }
                date = date.plusWeeks(weekly ? 1 : 2);
            }
        }
        demo.jdbc.batchUpdate("insert into therapy_session (client_id, starts_at, duration_minutes, status, private_note,"
                + " created_at, version) values (?, ?, ?, ?, ?, ?, 0)", rows);
    }
}
