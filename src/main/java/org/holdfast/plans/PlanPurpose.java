package org.holdfast.plans;

/** Why the client is going no contact. "Hoping they come back" is not a purpose the portal offers. */
public enum PlanPurpose {
    HEAL_AND_MOVE_ON("Heal and move on"),
    SAFETY("Safety"),
    SPACE_TO_REASSESS("Space to reassess");

    private final String label;

    PlanPurpose(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
