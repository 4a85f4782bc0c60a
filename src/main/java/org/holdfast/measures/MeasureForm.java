package org.holdfast.measures;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * The client's answers to one due measure. {@code submissionId} is made when the form opens and travels with every
 * submission of it, so a double tap or a retry after a lost connection stores one response.
 */
public record MeasureForm(long assignmentId, LocalDate dueDate, Instrument instrument, String submissionId,
        List<Integer> answers) {

    public static MeasureForm blank(DueMeasure due) {
        return new MeasureForm(due.assignmentId(), due.dueDate(), due.instrument(), UUID.randomUUID().toString(),
                new ArrayList<>(Arrays.asList(new Integer[due.instrument().items().size()])));
    }

    /** The 1-based numbers of the items still without an answer. */
    public List<Integer> unanswered() {
        List<Integer> missing = new ArrayList<>();
        for (int i = 0; i < answers.size(); i++) {
            if (answers.get(i) == null) {
                missing.add(i + 1);
            }
        }
        return missing;
    }
}
