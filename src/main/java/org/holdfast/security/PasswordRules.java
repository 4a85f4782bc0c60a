package org.holdfast.security;

import java.util.Optional;

/** What makes a password acceptable, in words a person can act on. */
public final class PasswordRules {

    public static final int MIN_LENGTH = 10;
    public static final int MAX_LENGTH = 128;

    private PasswordRules() {
    }

    /** The problem with this password, or empty when it is fine. */
    public static Optional<String> problem(String password, String username) {
        if (password == null || password.length() < MIN_LENGTH) {
            return Optional.of("Use at least " + MIN_LENGTH + " characters. A few words together work well");
        }
        if (password.length() > MAX_LENGTH) {
            return Optional.of("Use at most " + MAX_LENGTH + " characters");
        }
        if (password.isBlank()) {
            return Optional.of("A password cannot be only spaces");
        }
        if (username != null && password.equalsIgnoreCase(username)) {
            return Optional.of("Choose something other than your email address");
        }
        return Optional.empty();
    }
}
