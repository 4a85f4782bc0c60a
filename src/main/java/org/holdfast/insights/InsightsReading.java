package org.holdfast.insights;

import java.util.Map;

import org.holdfast.journal.JournalPattern;

/**
 * Several periods' insights from one read of the client's journal, and that read itself (consent already
 * applied, reaching back at least to the earliest period's start), so a document that needs more than one
 * period, or the points behind the figures, reads and audits the journal once.
 */
public record InsightsReading(Map<InsightsPeriod, ClientInsights> byPeriod, JournalPattern data) {

    public InsightsReading {
        byPeriod = Map.copyOf(byPeriod);
    }

    public ClientInsights of(InsightsPeriod period) {
        ClientInsights in = byPeriod.get(period);
        if (in == null) {
            throw new IllegalArgumentException("Not read: " + period);
        }
        return in;
    }
}
