package org.holdfast.insights.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;

class InsightsTableTests {

    @Test
    void aLabelThatLooksLikeMarkupIsShownAsTheTextItIs() {
        String label = "<img src=x onerror=alert(1)> & \"J.\"";

        var wrap = InsightsView.table(List.of("Trigger", "Slips"), List.of(List.of(label, "3")));

        NativeTable table = (NativeTable) wrap.getChildren().findFirst().orElseThrow();
        NativeTableRow row = table.getBody().getRow(0).orElseThrow();
        assertThat(row.getHeaderCell(0).orElseThrow().getText()).isEqualTo(label);
        var cell = row.getHeaderCell(0).orElseThrow().getElement();
        assertThat(cell.getChildCount()).isEqualTo(1);
        assertThat(cell.getChild(0).isTextNode()).as("one text node, no elements parsed from it").isTrue();
        assertThat(row.getDataCell(0).orElseThrow().getText()).isEqualTo("3");
        assertThat(table.getHead().getRow(0).orElseThrow().getHeaderCells()).extracting(c -> c.getText())
                .containsExactly("Trigger", "Slips");
        assertThat(wrap.getClassNames()).contains("insight-table-wrap");
    }

    @Test
    void anEmptyTableSaysSoAcrossAllItsColumns() {
        var wrap = InsightsView.table(List.of("Day", "Mood", "7-day mean"), List.of());

        NativeTable table = (NativeTable) wrap.getChildren().findFirst().orElseThrow();
        var cell = table.getBody().getRow(0).orElseThrow().getDataCell(0).orElseThrow();
        assertThat(cell.getText()).isEqualTo("Nothing in this period");
        assertThat(cell.getColspan()).isEqualTo(3);
    }
}
