package org.holdfast.homework;

/** How often homework falls due. A recurring assignment runs from its first due date to an end date. */
public enum Recurrence {
    ONCE("Once", 1),
    DAILY("Every day", 1),
    WEEKLY("Every week", 7);

    private final String label;
    private final int stepDays;

    Recurrence(String label, int stepDays) {
        this.label = label;
        this.stepDays = stepDays;
    }

    public String label() {
        return label;
    }

    int stepDays() {
        return stepDays;
    }
}
