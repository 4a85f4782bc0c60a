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

    static final String WEEK_OF = "Week of ";

    private AttemptFrequencyChart() {
    }

    /** "Week of 12 Oct 2026" becomes "12 Oct": the weekly chart never spans a year's worth of weeks. */
    static String shortWeek(String period) {
        if (!period.startsWith(WEEK_OF)) {
            return period;
        }
        String day = period.substring(WEEK_OF.length());
        int year = day.lastIndexOf(' ');
        return year > 0 && day.substring(year + 1).matches("\\d{4}") ? day.substring(0, year) : day;
    }

    /** Laid out at twice the size it prints at, so its labels suit the page. {@code counts} in period order. */
    static PrintedChart chart(Map<String, Integer> counts) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        boolean weekly = counts.keySet().stream().anyMatch(k -> k.startsWith(WEEK_OF));
        // "Week of 12 Oct 2026" is the table's wording; under a bar, "12 Oct" fits where the whole would be cut.
        counts.forEach((period, count) -> data.addValue(count, "Attempts", weekly ? shortWeek(period) : period));
        CategoryAxis periods = new CategoryAxis(weekly ? "Week starting" : null);
        periods.setLabelFont(LABEL);
        periods.setMaximumCategoryLabelWidthRatio(1.5f);
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
