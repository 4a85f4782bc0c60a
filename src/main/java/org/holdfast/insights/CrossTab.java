package org.holdfast.insights;

import java.util.List;

/**
 * Counts in a grid: trigger × channel, or weekday × hour of day. {@code cells.get(row).get(column)}.
 */
public record CrossTab(List<String> rows, List<String> columns, List<List<Long>> cells, long total, String reading) {

    public CrossTab {
        rows = List.copyOf(rows);
        columns = List.copyOf(columns);
        cells = cells.stream().map(List::copyOf).toList();
    }

    public long cell(int row, int column) {
        return cells.get(row).get(column);
    }

    public long max() {
        return cells.stream().flatMap(List::stream).mapToLong(Long::longValue).max().orElse(0);
    }
}
