package org.holdfast.insights;

import java.util.List;

/** How many of something fell in each category, largest first, with what it means in one sentence. */
public record Tally(List<Count> counts, long total, String reading) {

    static final Tally NONE = new Tally(List.of(), 0, "");

    public Tally {
        counts = List.copyOf(counts);
    }

    public record Count(String label, long count) {
    }
}
