package org.holdfast.security;

/** The password typed as "current" is not the account's: nothing was changed. */
public class WrongCurrentPasswordException extends RuntimeException {

    public WrongCurrentPasswordException() {
        super("That is not your current password");
    }
}
