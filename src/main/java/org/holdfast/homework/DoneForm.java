package org.holdfast.homework;

import jakarta.validation.constraints.Size;

/**
 * The client marks an occurrence done. The reflection is optional and private unless the client marks it
 * shared; even then their sharing level decides whether the clinician reads it (as with journal entries).
 */
public class DoneForm {

    public static final int REFLECTION_MAX = 2000;

    @Size(max = REFLECTION_MAX, message = "Reflections can be up to 2,000 characters. Nothing is lost: shorten it a little and save again")
    private String reflection;

    private boolean shareWithClinician;

    public static DoneForm of(String reflection, boolean shareWithClinician) {
        DoneForm form = new DoneForm();
        form.reflection = reflection;
        form.shareWithClinician = shareWithClinician;
        return form;
    }

    public String getReflection() {
        return reflection;
    }

    public void setReflection(String reflection) {
        this.reflection = reflection;
    }

    public boolean isShareWithClinician() {
        return shareWithClinician;
    }

    public void setShareWithClinician(boolean shareWithClinician) {
        this.shareWithClinician = shareWithClinician;
    }
}
