package org.holdfast.journal;

/** The client's forms that keep a draft, one per client and type. */
enum FormType {
    URGE, SLIP, CONTACT_ATTEMPT, CHECK_IN;

    static FormType of(Class<?> formClass) {
        if (formClass == UrgeForm.class) {
            return URGE;
        }
        if (formClass == SlipForm.class) {
            return SLIP;
        }
        if (formClass == CheckInForm.class) {
            return CHECK_IN;
        }
        if (formClass == ContactAttemptForm.class) {
            return CONTACT_ATTEMPT;
        }
        throw new IllegalArgumentException("No drafts for " + formClass.getSimpleName());
    }
}
