package org.holdfast.journal;

/** Two saves of the same day's check-in crossed; saving again is safe and updates the one entry. */
public class CheckInConflictException extends RuntimeException {

    CheckInConflictException(Throwable cause) {
        super("Today's check-in was saved at the same moment from somewhere else. Save again to update it.", cause);
    }
}
