package org.holdfast.security;

/** Someone already signs in with that email address. */
public class UsernameTakenException extends RuntimeException {

    UsernameTakenException(String username) {
        super("Someone already signs in with " + username + ". Use another email address.");
    }
}
