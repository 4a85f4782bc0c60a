package org.holdfast.journal;

import java.util.List;

/**
 * What the page says after "I made contact": for a slip, a restart message and what helped the client
 * before (their own words from urges that passed); for permitted contact, that it was logged.
 */
public record SlipResponse(JournalItem entry, boolean permitted, String message, List<String> whatHelpedBefore) {
}
