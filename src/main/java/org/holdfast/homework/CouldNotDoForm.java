package org.holdfast.homework;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The client could not do an occurrence. What got in the way is what the clinician and client work with. */
public class CouldNotDoForm {

    public static final int REASON_MAX = 1000;

    @NotBlank(message = "Add a few words about what got in the way, then save")
    @Size(max = REASON_MAX, message = "This can be up to 1,000 characters. Nothing is lost: shorten it a little and save again")
    private String reason;

    public static CouldNotDoForm of(String reason) {
        CouldNotDoForm form = new CouldNotDoForm();
        form.reason = reason;
        return form;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
