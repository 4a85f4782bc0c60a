package org.holdfast.insights;

import java.time.LocalDate;
import java.util.List;

import org.holdfast.journal.SlipDirection;
import org.holdfast.plans.Channel;

/**
 * Every run of days without contact since the plan started, oldest first, with how each ended: a slip
 * (its channel and direction when the slip form said, nothing when only the check-in did) or still going.
 */
public record StreakHistory(long current, long longest, List<Run> runs, String reading) {

    public StreakHistory {
        runs = List.copyOf(runs);
    }

    /** {@code endedBy} is the slip day after the run, or null while it is still going. */
    public record Run(LocalDate first, LocalDate last, long days, LocalDate endedBy, Channel channel,
            SlipDirection direction) {

        public boolean ongoing() {
            return endedBy == null;
        }
    }
}
