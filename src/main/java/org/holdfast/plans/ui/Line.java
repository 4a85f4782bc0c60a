package org.holdfast.plans.ui;

import org.holdfast.plans.PlanContent;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** One line of a list of texts (a reason, a coping strategy), so that it can be bound like any row. */
public class Line {

    @NotBlank(message = PlanContent.LINE_REQUIRED)
    @Size(max = PlanContent.LINE_MAX, message = PlanContent.LINE_TOO_LONG)
    private String text;

    public Line() {
    }

    Line(String text) {
        this.text = text;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
