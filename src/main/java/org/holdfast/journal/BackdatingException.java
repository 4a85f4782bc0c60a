package org.holdfast.journal;

/** An entry dated outside what may be logged; the message is for the client, at the date field. */
public class BackdatingException extends IllegalArgumentException {

    BackdatingException(String message) {
        super(message);
    }
}
