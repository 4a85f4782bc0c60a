package org.holdfast.insights;

import java.awt.Rectangle;
import java.awt.RenderingHints;

import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;

/**
 * A chart as SVG for the browser (scales with the page, no JavaScript). The PDF reports draw the same
 * {@link JFreeChart} as vectors into the page, so screen and paper agree.
 */
public final class ChartRendering {

    private ChartRendering() {
    }

    /**
     * An {@code <svg>} element that fills its container's width, with {@code role="img"} and the given
     * label for screen readers (the page adds the data as a table too).
     */
    public static String svg(JFreeChart chart, int width, int height, String label) {
        SVGGraphics2D g = new SVGGraphics2D(width, height);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        chart.draw(g, new Rectangle(width, height));
        String svg = g.getSVGElement(null, false, new ViewBox(0, 0, width, height), null, null);
        return svg.replaceFirst("<svg ", "<svg role=\"img\" aria-label=\"" + escape(label) + "\" class=\"insight-svg\" ");
    }

    /** Text made safe to place inside HTML or SVG markup. */
    public static String escapeText(String text) {
        return escape(text == null ? "" : text);
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
