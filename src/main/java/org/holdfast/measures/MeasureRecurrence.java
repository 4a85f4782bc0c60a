package org.holdfast.measures;

/**
 * How often a measure falls due. The standard measures ask about the last two weeks, so weekly is the most often
 * that makes sense (the NHS Talking Therapies practice is every session); four-weekly suits a slow wellbeing check.
 */
public enum MeasureRecurrence {
    ONCE("Once", 0), EVERY_WEEK("Every week", 7), EVERY_2_WEEKS("Every 2 weeks", 14), EVERY_4_WEEKS("Every 4 weeks", 28);

    private final String label;
    private final int stepDays;

    MeasureRecurrence(String label, int stepDays) {
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
