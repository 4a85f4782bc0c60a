package org.holdfast.security;

import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Security events as one key=value line each on the logger {@code holdfast.security}, for a log collector:
 * {@code event=sign_in_failed account=elena@practice.example address=203.0.113.9 failures=3}. Values are
 * usernames, roles, addresses, counts and method names only: never a password, never client content, never a
 * username that no account has (it may be a password typed in the wrong box).
 */
public final class SecurityLog {

    private static final Logger log = LoggerFactory.getLogger("holdfast.security");
    /** Anything that could break a line or a key=value pair apart is replaced, so a value cannot forge a field. */
    private static final Pattern UNSAFE = Pattern.compile("[^\\p{Alnum}@._:\\-/]");

    private SecurityLog() {
    }

    /** {@code pairs} alternate key and value; a null value is written as {@code -}. */
    public static void event(String event, Object... pairs) {
        if (!log.isInfoEnabled()) {
            return;
        }
        StringBuilder line = new StringBuilder("event=").append(event);
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            line.append(' ').append(pairs[i]).append('=').append(safe(pairs[i + 1]));
        }
        log.info(line.toString());
    }

    static String safe(Object value) {
        if (value == null) {
            return "-";
        }
        String text = UNSAFE.matcher(value.toString()).replaceAll("_");
        return text.length() > 120 ? text.substring(0, 120) : text;
    }
}
