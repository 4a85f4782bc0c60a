package org.holdfast.measures;

import java.time.LocalDate;

/** An assignment as the clinician sees it on the client record. {@code nextDue} is null once nothing more falls due. */
public record MeasureAssignmentStatus(long id, Instrument instrument, MeasureRecurrence recurrence, LocalDate firstDue,
        LocalDate lastDue, boolean cancelled, LocalDate nextDue, long completed) {

    public String scheduleText() {
        return recurrence == MeasureRecurrence.ONCE ? "Once, due " + firstDue
                : recurrence.label() + " from " + firstDue + (lastDue == null ? ", no end date" : " to " + lastDue);
    }
}
