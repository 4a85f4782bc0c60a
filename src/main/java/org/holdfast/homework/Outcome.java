package org.holdfast.homework;

/** What the client recorded for one occurrence. An occurrence with no outcome yet is open (or overdue once past). */
public enum Outcome {
    DONE,
    COULD_NOT
}
