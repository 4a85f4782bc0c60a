package org.holdfast.homework;

import java.time.LocalDate;

/** An occurrence that has an outcome. */
record RecordedDate(long assignmentId, LocalDate date) {
}
