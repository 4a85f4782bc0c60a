package org.holdfast.journal;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/**
 * What every entry form has: the submission id made when the form opens (so a double click or a
 * retry stores one entry), when it happened, and whether the client shares it. Mutable beans so that
 * a binder and a draft can both hold them.
 */
public abstract class JournalForm {

    public static final int TEXT_MAX = 2000;

    @NotBlank
    @Pattern(regexp = "[0-9a-f-]{36}", message = "This form lost its id; reopen it (your draft is kept)")
    private String submissionId = UUID.randomUUID().toString();

    @NotNull(message = "Choose the day it happened")
    private LocalDate date;

    @NotNull(message = "Choose roughly what time it was")
    private LocalTime time;

    /** Null means "as my sharing level says". */
    private Boolean shared;

    public String getSubmissionId() {
        return submissionId;
    }

    public void setSubmissionId(String submissionId) {
        this.submissionId = submissionId;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public LocalTime getTime() {
        return time;
    }

    public void setTime(LocalTime time) {
        this.time = time;
    }

    public Boolean getShared() {
        return shared;
    }

    public void setShared(Boolean shared) {
        this.shared = shared;
    }

    static String tidy(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
