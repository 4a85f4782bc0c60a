package org.holdfast.measures;

import java.time.LocalDate;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;

/** Assigning a measure to a client: which one, how often, from when and (optionally) until when. */
public class MeasureAssignmentForm {

    /** The message a schedule that ends before it starts gets, next to the end date. */
    public static final String ENDS_BEFORE_START = "This schedule ends before it starts: pick an end date on or after the start date";

    @NotNull(message = "Choose a questionnaire: PHQ-9, GAD-7 or WHO-5")
    private Instrument instrument;

    @NotNull(message = "Choose how often: once, or every 1, 2 or 4 weeks")
    private MeasureRecurrence recurrence = MeasureRecurrence.ONCE;

    @NotNull(message = "Pick the day it is first due")
    private LocalDate start;

    /** Last possible due date of a repeating measure; none means until the clinician stops it. Ignored for once. */
    private LocalDate end;

    @AssertTrue(message = ENDS_BEFORE_START)
    public boolean isEndAfterStart() {
        return start == null || end == null || recurrence == MeasureRecurrence.ONCE || !end.isBefore(start);
    }

    public static MeasureAssignmentForm of(Instrument instrument, MeasureRecurrence recurrence, LocalDate start, LocalDate end) {
        MeasureAssignmentForm form = new MeasureAssignmentForm();
        form.setInstrument(instrument);
        form.setRecurrence(recurrence);
        form.setStart(start);
        form.setEnd(end);
        return form;
    }

    public Instrument getInstrument() {
        return instrument;
    }

    public void setInstrument(Instrument instrument) {
        this.instrument = instrument;
    }

    public MeasureRecurrence getRecurrence() {
        return recurrence;
    }

    public void setRecurrence(MeasureRecurrence recurrence) {
        this.recurrence = recurrence;
    }

    public LocalDate getStart() {
        return start;
    }

    public void setStart(LocalDate start) {
        this.start = start;
    }

    public LocalDate getEnd() {
        return end;
    }

    public void setEnd(LocalDate end) {
        this.end = end;
    }
}
