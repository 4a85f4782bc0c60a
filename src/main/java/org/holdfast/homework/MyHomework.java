package org.holdfast.homework;

import java.util.List;

/**
 * The client's homework page: still open from the last two weeks, due today, the next day ahead in
 * the coming week of homework with nothing open today, the next day of homework not due this week
 * at all, and what the client recorded lately.
 */
public record MyHomework(List<DueOccurrence> earlier, List<DueOccurrence> today, List<DueOccurrence> thisWeek,
        List<DueOccurrence> later, List<RecordedOutcome> recorded) {

    public boolean nothingOpen() {
        return earlier.isEmpty() && today.isEmpty() && thisWeek.isEmpty() && later.isEmpty();
    }
}
