package org.holdfast.homework;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The client could not do an occurrence. What got in the way is what the clinician and client work with,
 * when the client lets it through: it is shared as a reflection is (marked, and within their sharing level).
 */
public class CouldNotDoForm {

    public static final int REASON_MAX = 1000;

    @NotBlank(message = "Add a few words about what got in the way, then save")
    @Size(max = REASON_MAX, message = "This can be up to 1,000 characters. Nothing is lost: shorten it a little and save again")
    private String reason;

    private boolean shareWithClinician;

    public static CouldNotDoForm of(String reason) {
        return of(reason, false);
    }

    public static CouldNotDoForm of(String reason, boolean shareWithClinician) {
        CouldNotDoForm form = new CouldNotDoForm();
        form.reason = reason;
        form.shareWithClinician = shareWithClinician;
        return form;
    }

    public boolean isShareWithClinician() {
        return shareWithClinician;
    }

    public void setShareWithClinician(boolean shareWithClinician) {
        this.shareWithClinician = shareWithClinician;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
