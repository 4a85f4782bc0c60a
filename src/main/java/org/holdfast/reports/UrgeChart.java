package org.holdfast.reports;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.image.BufferedImage;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;

import org.holdfast.journal.CheckInEntry;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.time.Day;
import org.jfree.data.time.TimeSeries;
import org.jfree.data.time.TimeSeriesCollection;

/** Urge strength per day, with slip days as a second series of points. */
final class UrgeChart {

    static final Color TEAL = new Color(0x2F6F73);
    static final Color SLIP = new Color(0xB4533C);
    private static final Font LABEL = new Font("DejaVu Sans", Font.PLAIN, 20);

    private UrgeChart() {
    }

    static JFreeChart of(List<CheckInEntry> checkIns) {
        TimeSeries urges = new TimeSeries("Urge");
        TimeSeries slips = new TimeSeries("Slip");
        for (CheckInEntry c : checkIns) {
            Day day = new Day(Date.from(c.date().atStartOfDay(ZoneId.systemDefault()).toInstant()));
            urges.addOrUpdate(day, c.urge());
            if (c.slipped()) {
                slips.addOrUpdate(day, c.urge());
            }
        }
        TimeSeriesCollection data = new TimeSeriesCollection();
        data.addSeries(urges);
        data.addSeries(slips);

        DateAxis time = new DateAxis();
        time.setTickLabelFont(LABEL.deriveFont(18f));
        NumberAxis strength = new NumberAxis("Urge (0–10)");
        strength.setRange(0, 10.5);
        strength.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        strength.setLabelFont(LABEL);
        strength.setTickLabelFont(LABEL.deriveFont(18f));

        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
        renderer.setSeriesPaint(0, TEAL);
        renderer.setSeriesStroke(0, new BasicStroke(3f));
        renderer.setSeriesLinesVisible(1, false);
        renderer.setSeriesPaint(1, SLIP);
        renderer.setSeriesShape(1, new java.awt.geom.Ellipse2D.Double(-7, -7, 14, 14));

        XYPlot plot = new XYPlot(data, time, strength, renderer);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0xC9D3D6));
        plot.setDomainGridlinePaint(new Color(0xEEF2F3));
        plot.setOutlineVisible(false);

        JFreeChart chart = new JFreeChart(null, LABEL, plot, true);
        chart.getLegend().setItemFont(LABEL.deriveFont(18f));
        chart.setBackgroundPaint(Color.WHITE);
        return chart;
    }

    /** Twice the size it prints at, so it stays sharp in the PDF. */
    static BufferedImage image(List<CheckInEntry> checkIns) {
        return of(checkIns).createBufferedImage(1070, 400);
    }
}
