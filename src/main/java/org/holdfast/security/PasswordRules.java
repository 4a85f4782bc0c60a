package org.holdfast.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.nulabinc.zxcvbn.Strength;
import com.nulabinc.zxcvbn.Zxcvbn;

/**
 * What makes a password acceptable, after NIST SP 800-63B-4: long enough, not common or guessable,
 * and otherwise anything the person likes (no composition rules, any characters, spaces and emoji included).
 * One rule set for activation and for changing a password.
 */
public final class PasswordRules {

    /** For an account that signs in with the password alone. */
    public static final int MIN_LENGTH = 15;
    /** For an account that also has a second factor (a passkey or an authenticator app). */
    public static final int MIN_LENGTH_WITH_SECOND_FACTOR = 8;
    /** Counted in characters (code points), not bytes: Argon2 has no byte limit of its own. */
    public static final int MAX_LENGTH = 128;
    /**
     * zxcvbn's score 3 means about 10^8 to 10^10 guesses: "safely unguessable" against online guessing and
     * moderate protection against an offline attack on a slow hash such as Argon2. Scores 0–2 are the
     * passwords that appear in breach lists or follow a guessable pattern ("aaaaaaaaaa", "Password1!").
     */
    static final int MIN_SCORE = 3;
    /** Parts of a name shorter than this ("Al", "Li") would refuse too many innocent passwords. */
    private static final int MIN_PERSONAL_WORD = 4;

    // Loading the dictionaries takes a moment; measuring is thread-safe once loaded.
    private static final Zxcvbn ZXCVBN = new Zxcvbn();

    private PasswordRules() {
    }

    public static int minLength(boolean hasSecondFactor) {
        return hasSecondFactor ? MIN_LENGTH_WITH_SECOND_FACTOR : MIN_LENGTH;
    }

    /** What the field's helper text says before anything is typed. */
    public static String advice(boolean hasSecondFactor) {
        return "At least " + minLength(hasSecondFactor) + " characters. A few unrelated words together work well.";
    }

    /**
     * The problem with this password, in words a person can act on, or empty when it is fine.
     *
     * @param hasSecondFactor whether the account also signs in with a second factor, which allows a shorter password
     * @param personal the account's email address and name: a password containing them is refused
     */
    public static Optional<String> problem(String password, boolean hasSecondFactor, String... personal) {
        int min = minLength(hasSecondFactor);
        if (password == null || password.isEmpty()) {
            return Optional.of("Choose a password of at least " + min + " characters");
        }
        int length = password.codePointCount(0, password.length());
        if (length < min) {
            return Optional.of("Use at least " + min + " characters (this has " + length
                    + "). A few unrelated words together work well");
        }
        if (length > MAX_LENGTH) {
            return Optional.of("Use at most " + MAX_LENGTH + " characters (this has " + length + ")");
        }
        if (password.isBlank()) {
            return Optional.of("A password cannot be only spaces");
        }
        List<String> words = personalWords(personal);
        String folded = password.toLowerCase(Locale.ROOT);
        if (words.stream().anyMatch(folded::contains)) {
            return Optional.of("Leave your name and email address out of your password: they are the first things tried");
        }
        Strength strength = ZXCVBN.measure(password, words);
        if (strength.getScore() < MIN_SCORE) {
            return Optional.of(reason(strength));
        }
        return Optional.empty();
    }

    /** zxcvbn's own warning ("This is a top-100 common password") made into one short sentence with a way out. */
    private static String reason(Strength strength) {
        // The portal speaks English; the server's own locale must not change the sentence.
        String warning = strength.getFeedback().getWarning(Locale.ENGLISH);
        String why = warning == null || warning.isBlank() ? "This password would be easy to guess"
                : warning.strip().replaceAll("\\.$", "");
        return why + ". Add a few unrelated words of your own";
    }

    private static List<String> personalWords(String... personal) {
        List<String> words = new ArrayList<>();
        for (String value : personal) {
            if (value == null || value.isBlank()) {
                continue;
            }
            String folded = value.strip().toLowerCase(Locale.ROOT);
            words.add(folded);
            for (String part : folded.split("[\\s@._+-]+")) {
                if (part.codePointCount(0, part.length()) >= MIN_PERSONAL_WORD) {
                    words.add(part);
                }
            }
        }
        return words.stream().filter(w -> w.length() >= MIN_PERSONAL_WORD).distinct().toList();
    }
}
