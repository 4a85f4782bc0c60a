package org.holdfast.security;

/** A link that is unknown, used or expired: all three get the same answer. */
public class ActivationLinkInvalidException extends RuntimeException {

    ActivationLinkInvalidException() {
        super("This link has expired or was already used. Ask your clinician for a new one.");
    }
}
