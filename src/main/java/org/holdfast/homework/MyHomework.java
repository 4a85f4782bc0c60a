package org.holdfast.homework;

import java.util.List;

/**
 * The client's homework page: still open from earlier days, due today, due in the coming days,
 * further ahead (once-only homework not due this week), and what they recorded lately.
 */
public record MyHomework(List<DueOccurrence> earlier, List<DueOccurrence> today, List<DueOccurrence> thisWeek,
        List<DueOccurrence> later, List<RecordedOutcome> recorded) {

    public boolean nothingOpen() {
        return earlier.isEmpty() && today.isEmpty() && thisWeek.isEmpty() && later.isEmpty();
    }
}
