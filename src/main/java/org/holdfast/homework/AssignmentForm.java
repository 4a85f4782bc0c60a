package org.holdfast.homework;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Assigning homework to a client, from a template or from scratch. The rules that need "today"
 * (a first due date in the past) live in the service and the view, which share the injected clock;
 * bean validation's clock is the system's.
 */
public class AssignmentForm {

    /** Long enough for a daily practice over a year, short enough that a typo in the year cannot create thousands of occurrences. */
    public static final int MAX_SPAN_DAYS = 366;

    /** The library template it came from, if any; title and instructions are copied and may be changed. */
    private Long templateId;

    @NotBlank(message = "Give the homework a short title")
    @Size(max = TemplateForm.TITLE_MAX, message = "Titles can be up to 120 characters")
    private String title;

    @Size(max = TemplateForm.INSTRUCTIONS_MAX, message = "Instructions can be up to 2,000 characters. Nothing is lost: shorten them a little and save again")
    private String instructions;

    @NotNull(message = "Choose how often: once, every day or every week")
    private Recurrence recurrence = Recurrence.ONCE;

    @NotNull(message = "Pick the date it is due (for daily or weekly homework, the first day)")
    private LocalDate dueDate;

    /** Last possible occurrence of daily or weekly homework; ignored for once. */
    private LocalDate endDate;

    /** One of the client's active plans, if the homework belongs to one. */
    private Long planId;

    @AssertTrue(message = "Daily or weekly homework needs an end date on or after the first due date, at most a year later")
    boolean isEndDateFitsRecurrence() {
        if (recurrence == null || recurrence == Recurrence.ONCE || dueDate == null) {
            return true;
        }
        return endDate != null && !endDate.isBefore(dueDate) && ChronoUnit.DAYS.between(dueDate, endDate) <= MAX_SPAN_DAYS;
    }

    public Long getTemplateId() {
        return templateId;
    }

    public void setTemplateId(Long templateId) {
        this.templateId = templateId;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getInstructions() {
        return instructions;
    }

    public void setInstructions(String instructions) {
        this.instructions = instructions;
    }

    public Recurrence getRecurrence() {
        return recurrence;
    }

    public void setRecurrence(Recurrence recurrence) {
        this.recurrence = recurrence;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public void setDueDate(LocalDate dueDate) {
        this.dueDate = dueDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public void setEndDate(LocalDate endDate) {
        this.endDate = endDate;
    }

    public Long getPlanId() {
        return planId;
    }

    public void setPlanId(Long planId) {
        this.planId = planId;
    }
}
