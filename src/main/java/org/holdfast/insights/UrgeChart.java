package org.holdfast.insights;

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

/** Urge strength per check-in day, with slip days as a second series of points (the session prep PDF). */
public final class UrgeChart {

    private UrgeChart() {
    }

    public static JFreeChart of(List<CheckInEntry> checkIns) {
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
        NumberAxis strength = new NumberAxis("Urge (0–10)");
        strength.setRange(0, 10.5);
        strength.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
        renderer.setSeriesPaint(0, ChartStyle.TEAL);
        renderer.setSeriesStroke(0, ChartStyle.LINE);
        renderer.setSeriesLinesVisible(1, false);
        renderer.setSeriesPaint(1, ChartStyle.BRICK);
        renderer.setSeriesShape(1, new java.awt.geom.Ellipse2D.Double(-5, -5, 10, 10));
        return ChartStyle.chart(new XYPlot(data, new DateAxis(), strength, renderer), true);
    }

    /** Twice the size it prints at, so it stays sharp in the PDF. */
    public static BufferedImage image(List<CheckInEntry> checkIns) {
        return ChartRendering.image(of(checkIns), 535, 200, 2.0);
    }
}
