package org.holdfast.journal;

/** Two saves of the same entry crossed; saving again is safe and finds the one that was kept. */
public class EntryConflictException extends RuntimeException {

    EntryConflictException(Throwable cause) {
        super("This was saved at the same moment from somewhere else. Save again: nothing will be stored twice.", cause);
    }
}
