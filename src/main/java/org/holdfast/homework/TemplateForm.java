package org.holdfast.homework;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Adding or editing a library template. The same rules run in the form and again in the service. */
public class TemplateForm {

    public static final int TITLE_MAX = 120;
    public static final int INSTRUCTIONS_MAX = 2000;

    @NotBlank(message = "Give the homework a short title")
    @Size(max = TITLE_MAX, message = "Titles can be up to 120 characters")
    private String title;

    @NotBlank(message = "Write the instructions the client will read")
    @Size(max = INSTRUCTIONS_MAX, message = "Instructions can be up to 2,000 characters. Nothing is lost: shorten them a little and save again")
    private String instructions;

    /** Optional: a template can leave the rhythm to the clinician. */
    private Recurrence suggestedRecurrence;

    public static TemplateForm of(TemplateSummary template) {
        TemplateForm form = new TemplateForm();
        form.title = template.title();
        form.instructions = template.instructions();
        form.suggestedRecurrence = template.suggestedRecurrence();
        return form;
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

    public Recurrence getSuggestedRecurrence() {
        return suggestedRecurrence;
    }

    public void setSuggestedRecurrence(Recurrence suggestedRecurrence) {
        this.suggestedRecurrence = suggestedRecurrence;
    }
}
