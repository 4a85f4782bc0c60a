package org.holdfast.homework;

/** Per assignment: outcomes recorded, and how many of them are for occurrences before today. */
record OutcomeCounts(long assignmentId, long done, long couldNotDo, long recordedBeforeToday) {

    static final OutcomeCounts NONE = new OutcomeCounts(0, 0, 0, 0);
}
