package org.holdfast.insights;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.holdfast.plans.Channel;

/**
 * The other person's contact attempts per week (Monday first) by channel. A week escalates when it
 * holds at least {@link #ESCALATION_MIN} attempts and at least {@link #ESCALATION_FACTOR} times the
 * weekly mean of the 4 weeks before, or when any attempt left the client feeling unsafe (safety at or
 * below {@link #THREAT_SAFETY}, on the log's 0 "not safe at all" to 10 "completely safe" scale).
 * {@code shared} is false when the log is private; {@code total} is then the count numbers-only
 * consent still allows.
 */
public record AttemptTrend(boolean shared, List<Week> weeks, long total, String reading) {

    public static final int ESCALATION_MIN = 2;
    public static final double ESCALATION_FACTOR = 2.0;
    public static final int THREAT_SAFETY = 3;

    public AttemptTrend {
        weeks = List.copyOf(weeks);
    }

    public record Week(LocalDate monday, Map<Channel, Long> byChannel, boolean escalating, boolean threat) {

        public Week {
            byChannel = Map.copyOf(byChannel);
        }

        public long total() {
            return byChannel.values().stream().mapToLong(Long::longValue).sum();
        }
    }
}
