package org.holdfast.journal.ui;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;

/**
 * A small line of daily values (0 to 10) drawn on the server as SVG: numbers and a fixed class only, no
 * text at all, so it is safe to hand to {@code Html}. Its label goes on the component around it, as an
 * attribute set through the element API, not into the markup. Missing days leave a gap.
 */
final class Sparkline {

    private static final int WIDTH = 196;
    private static final int HEIGHT = 40;

    private Sparkline() {
    }

    static String svg(Map<LocalDate, Integer> values, LocalDate lastDay, int days, String cssClass) {
        StringBuilder path = new StringBuilder();
        boolean penDown = false;
        double step = WIDTH / (double) Math.max(1, days - 1);
        for (int i = 0; i < days; i++) {
            Integer v = values.get(lastDay.minusDays(days - 1L - i));
            if (v == null) {
                penDown = false;
                continue;
            }
            double x = i * step;
            double y = HEIGHT - 2 - (HEIGHT - 4) * Math.max(0, Math.min(10, v)) / 10.0;
            path.append(penDown ? " L" : " M").append(String.format(Locale.ROOT, "%.1f %.1f", x, y));
            penDown = true;
        }
        return "<svg class=\"sparkline " + cssClass + "\" viewBox=\"-2 0 " + (WIDTH + 4) + " " + HEIGHT
                + "\" width=\"" + (WIDTH + 4) + "\" height=\"" + HEIGHT + "\" aria-hidden=\"true\">"
                + "<line x1=\"0\" x2=\"" + WIDTH + "\" y1=\"" + (HEIGHT / 2) + "\" y2=\"" + (HEIGHT / 2) + "\" class=\"midline\"/>"
                + "<path d=\"" + path.toString().strip() + "\" fill=\"none\"/></svg>";
    }
}
