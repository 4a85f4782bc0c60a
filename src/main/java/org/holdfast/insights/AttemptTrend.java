package org.holdfast.insights;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.holdfast.plans.Channel;

/**
 * The other person's contact attempts per week (Monday first) by channel. A week escalates as the
 * practice's {@link Escalation} thresholds say, the same ones the caseload's flag uses.
 * {@code shared} is false when the log is private; {@code total} is then the count numbers-only
 * consent still allows.
 */
public record AttemptTrend(boolean shared, List<Week> weeks, long total, String reading) {

    public AttemptTrend {
        weeks = List.copyOf(weeks);
    }

    /**
     * When a week escalates: at least {@code minimum} attempts and at least {@code factor} times the weekly
     * mean of the 4 weeks before, or any attempt that left the client feeling unsafe (safety at or below
     * {@code threatSafety}, on the log's 0 "not safe at all" to 10 "completely safe" scale). Taken from the
     * practice manager's {@link RiskThresholds}, so the insights page and the caseload flag agree.
     */
    public record Escalation(int minimum, double factor, int threatSafety) {

        public static Escalation of(RiskThresholds t) {
            return new Escalation(t.getEscalationMinimum(), t.getEscalationFactor().doubleValue(),
                    t.getThreatSafetyAtOrBelow());
        }

        boolean escalating(long attempts, double weeklyMeanBefore) {
            return attempts >= minimum && attempts >= factor * weeklyMeanBefore;
        }

        boolean threat(int lowestSafety) {
            return lowestSafety <= threatSafety;
        }
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
