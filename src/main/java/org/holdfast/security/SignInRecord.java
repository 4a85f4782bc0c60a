package org.holdfast.security;

import java.time.Instant;

/** One recorded sign-in attempt on an account, as its owner sees it. */
public record SignInRecord(Instant at, Outcome outcome, String browser, String place) {

    public enum Outcome {
        SIGNED_IN("Signed in"), WRONG_PASSWORD("Wrong password"), REFUSED("Refused: locked or turned off");

        private final String words;

        Outcome(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }
    }
}
