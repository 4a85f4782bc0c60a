package org.holdfast.reports;

import java.awt.Dimension;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Dimension2D;
import java.awt.geom.Rectangle2D;

import org.jfree.chart.JFreeChart;

import net.sf.jasperreports.engine.JasperReportsContext;
import net.sf.jasperreports.renderers.AbstractRenderer;
import net.sf.jasperreports.renderers.DimensionRenderable;
import net.sf.jasperreports.renderers.Graphics2DRenderable;

/**
 * A chart that Jasper draws straight onto the page's Graphics2D: vector lines and real text in the PDF,
 * sharp at any zoom, and no bitmap to rasterise and PNG-encode per render. The chart is laid out at
 * {@code width × height} (the size whose fonts suit it) and scaled to the image element's box, as the
 * bitmap it replaces was.
 */
final class PrintedChart extends AbstractRenderer implements Graphics2DRenderable, DimensionRenderable {

    private static final long serialVersionUID = 1L;

    private final JFreeChart chart;
    private final int width;
    private final int height;

    PrintedChart(JFreeChart chart, int width, int height) {
        this.chart = chart;
        this.width = width;
        this.height = height;
    }

    @Override
    public Dimension2D getDimension(JasperReportsContext context) {
        return new Dimension(width, height);
    }

    @Override
    public void render(JasperReportsContext context, Graphics2D g, Rectangle2D box) {
        AffineTransform before = g.getTransform();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.translate(box.getX(), box.getY());
        g.scale(box.getWidth() / width, box.getHeight() / height);
        chart.draw(g, new Rectangle(width, height));
        g.setTransform(before);
    }
}
