package org.holdfast.insights;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;

/**
 * One look for every chart: calm colours that stay apart for colour-blind readers (teal, sand, brick,
 * slate from a muted Okabe-Ito-like set), DejaVu Sans (the PDFs embed it, the browser falls back to its
 * sans-serif), light grid lines, no borders, shadows or 3D.
 */
final class ChartStyle {

    static final Color TEAL = new Color(0x2F6F73);
    static final Color SAND = new Color(0xD9A441);
    static final Color BRICK = new Color(0xB4533C);
    static final Color SLATE = new Color(0x56657A);
    static final Color SKY = new Color(0x7FB3C8);
    static final Color PLUM = new Color(0x8C6A93);
    static final Color MOSS = new Color(0x7C8F4E);
    static final Color INK = new Color(0x1F2D33);
    static final Color GRID = new Color(0xDCE3E5);
    static final Color MARK = new Color(0xF3E3C3);
    static final Paint[] SERIES = { TEAL, SAND, BRICK, SLATE, SKY, PLUM, MOSS };
    static final String FONT = "DejaVu Sans";
    static final Font TICK = new Font(FONT, Font.PLAIN, 12);
    static final Font LABEL = new Font(FONT, Font.PLAIN, 13);
    static final BasicStroke LINE = new BasicStroke(2.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);

    private ChartStyle() {
    }

    static JFreeChart chart(Plot plot, boolean legend) {
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setNoDataMessage("Nothing to show in this period");
        plot.setNoDataMessageFont(LABEL);
        plot.setNoDataMessagePaint(SLATE);
        if (plot instanceof XYPlot xy) {
            xy.setRangeGridlinePaint(GRID);
            xy.setDomainGridlinesVisible(false);
            axis(xy.getDomainAxis());
            axis(xy.getRangeAxis());
        } else if (plot instanceof CategoryPlot cat) {
            cat.setRangeGridlinePaint(GRID);
            cat.setDomainGridlinesVisible(false);
            axis(cat.getDomainAxis());
            axis(cat.getRangeAxis());
        }
        JFreeChart chart = new JFreeChart(null, LABEL, plot, legend);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        if (legend) {
            LegendTitle l = chart.getLegend();
            l.setItemFont(LABEL);
            l.setItemPaint(INK);
            l.setFrame(org.jfree.chart.block.BlockBorder.NONE);
            l.setPosition(RectangleEdge.TOP);
            l.setBackgroundPaint(Color.WHITE);
        }
        return chart;
    }

    static void axis(Axis axis) {
        if (axis == null) {
            return;
        }
        axis.setTickLabelFont(TICK);
        axis.setTickLabelPaint(INK);
        axis.setLabelFont(LABEL);
        axis.setLabelPaint(INK);
        axis.setAxisLinePaint(GRID);
        axis.setTickMarkPaint(GRID);
    }
}
