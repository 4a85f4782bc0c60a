package org.holdfast.reports;

import java.awt.Color;
import java.awt.Font;
import java.util.Map;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * Contact attempts per week or month as bars, for the evidence report. Kept apart on purpose: when the
 * shared chart engine exists, this class is the one place to swap.
 */
final class AttemptFrequencyChart {

    private static final Color TEAL = new Color(0x2F6F73);
    private static final Font LABEL = new Font("DejaVu Sans", Font.PLAIN, 18);

    private AttemptFrequencyChart() {
    }

    /** Laid out at twice the size it prints at, so its labels suit the page. {@code counts} in period order. */
    static PrintedChart chart(Map<String, Integer> counts) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        counts.forEach((period, count) -> data.addValue(count, "Attempts", period));
        CategoryAxis periods = new CategoryAxis();
        periods.setTickLabelFont(LABEL.deriveFont(15f));
        if (counts.size() > 8) {
            periods.setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        }
        NumberAxis attempts = new NumberAxis("Attempts");
        attempts.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        attempts.setLabelFont(LABEL);
        attempts.setTickLabelFont(LABEL.deriveFont(15f));
        BarRenderer bars = new BarRenderer();
        bars.setBarPainter(new StandardBarPainter());
        bars.setShadowVisible(false);
        bars.setSeriesPaint(0, TEAL);
        bars.setMaximumBarWidth(0.08);
        CategoryPlot plot = new CategoryPlot(data, periods, attempts, bars);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0xC9D3D6));
        plot.setOutlineVisible(false);
        JFreeChart chart = new JFreeChart(null, LABEL, plot, false);
        chart.setBackgroundPaint(Color.WHITE);
        return new PrintedChart(chart, 1400, 340);
    }
}
