package org.holdfast.insights;

import java.util.List;

/**
 * Slips set against the other person's contact attempts: how many came within 24 hours after one, and
 * how long after their last attempt each slip came. {@code shared} is false when the contact-attempt
 * log is private, and then nothing here can be computed.
 */
public record AfterContact(boolean shared, long slips, long within24Hours, List<Tally.Count> sinceLastAttempt,
        String reading) {

    public static final int HOURS = 24;

    public AfterContact {
        sinceLastAttempt = List.copyOf(sinceLastAttempt);
    }
}
