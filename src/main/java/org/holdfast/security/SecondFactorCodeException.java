package org.holdfast.security;

/** A second-factor or recovery code that was refused; the message says why in words the page shows next to the field. */
public class SecondFactorCodeException extends RuntimeException {

    public SecondFactorCodeException(String message) {
        super(message);
    }
}
