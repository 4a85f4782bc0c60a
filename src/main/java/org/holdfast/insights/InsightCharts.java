package org.holdfast.insights;

import org.holdfast.shared.Dates;
import java.awt.Color;
import java.awt.Paint;
import java.awt.geom.Ellipse2D;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;

import org.holdfast.plans.Channel;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.CategoryMarker;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.LookupPaintScale;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.time.Day;
import org.jfree.data.time.TimeSeries;
import org.jfree.data.time.TimeSeriesCollection;
import org.jfree.data.xy.DefaultXYZDataset;

/**
 * The chart engine: one JFreeChart per insight, drawn by {@link ChartRendering} as SVG for the page or
 * as an image for a PDF. Each method takes the metric's record and nothing else.
 */
public final class InsightCharts {


    private InsightCharts() {
    }

    /** Each stretch without contact as a bar, coloured by how it ended: a slip, or still going. */
    public static JFreeChart streaks(StreakHistory streaks) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (StreakHistory.Run run : streaks.runs()) {
            String category = Dates.dayAndMonth(run.first());
            data.addValue(run.ongoing() ? run.days() : null, "Still going", category);
            data.addValue(run.ongoing() ? null : run.days(), "Ended by a slip", category);
        }
        CategoryPlot plot = bars(data, "Days without contact", PlotOrientation.VERTICAL);
        StackedBarRenderer r = stacked();
        r.setSeriesPaint(0, ChartStyle.TEAL);
        r.setSeriesPaint(1, ChartStyle.SAND);
        plot.setRenderer(r);
        plot.getDomainAxis().setLabel("Stretch starting");
        return ChartStyle.chart(plot, true);
    }

    /** Counts by category as horizontal bars, largest on top. */
    public static JFreeChart tally(Tally tally, String measure) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        tally.counts().forEach(c -> data.addValue(c.count(), measure, c.label()));
        CategoryPlot plot = bars(data, measure, PlotOrientation.HORIZONTAL);
        plot.getRenderer().setSeriesPaint(0, ChartStyle.TEAL);
        return ChartStyle.chart(plot, false);
    }

    /** The hours from their last contact attempt to each slip. */
    public static JFreeChart afterContact(AfterContact after) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        after.sinceLastAttempt().forEach(c -> data.addValue(c.count(), "Slips", c.label()));
        CategoryPlot plot = bars(data, "Slips", PlotOrientation.VERTICAL);
        BarRenderer r = (BarRenderer) plot.getRenderer();
        r.setSeriesPaint(0, ChartStyle.BRICK);
        plot.getDomainAxis().setLabel("Time since their last contact attempt");
        return ChartStyle.chart(plot, false);
    }

    /**
     * A grid of counts as shaded cells: weekday × hour of day, or trigger × channel. Darker is more; an
     * empty cell stays white, so a pattern stands out without any colour legend to decode.
     */
    public static JFreeChart heatMap(CrossTab tab, String rowsLabel, String columnsLabel) {
        DefaultXYZDataset data = new DefaultXYZDataset();
        int cells = tab.rows().size() * tab.columns().size();
        double[][] xyz = new double[3][cells];
        int i = 0;
        for (int row = 0; row < tab.rows().size(); row++) {
            for (int col = 0; col < tab.columns().size(); col++) {
                xyz[0][i] = col;
                xyz[1][i] = tab.rows().size() - 1 - row; // first row on top
                xyz[2][i] = tab.cell(row, col);
                i++;
            }
        }
        data.addSeries("Count", xyz);
        XYBlockRenderer r = new XYBlockRenderer();
        long max = Math.max(1, tab.max());
        LookupPaintScale scale = new LookupPaintScale(0, max + 1, Color.WHITE);
        scale.add(0, new Color(0xF6F8F8));
        Color light = new Color(0xCFE3E4);
        for (long v = 1; v <= max; v++) {
            scale.add(v, blend(light, ChartStyle.TEAL, max == 1 ? 1 : (v - 1) / (double) (max - 1)));
        }
        r.setPaintScale(scale);
        SymbolAxis x = new SymbolAxis(columnsLabel, tab.columns().toArray(String[]::new));
        x.setGridBandsVisible(false);
        List<String> rows = new java.util.ArrayList<>(tab.rows());
        java.util.Collections.reverse(rows);
        SymbolAxis y = new SymbolAxis(rowsLabel, rows.toArray(String[]::new));
        y.setGridBandsVisible(false);
        if (tab.columns().size() > 12 && tab.columns().stream().allMatch(c -> c.length() <= 2)) {
            x.setTickUnit(new org.jfree.chart.axis.NumberTickUnit(1));
        } else if (tab.columns().size() > 4) {
            x.setVerticalTickLabels(false);
        }
        XYPlot plot = new XYPlot(data, x, y, r);
        JFreeChart chart = ChartStyle.chart(plot, false);
        plot.setRangeGridlinesVisible(false);
        x.setLowerBound(-0.5);
        x.setUpperBound(tab.columns().size() - 0.5);
        y.setLowerBound(-0.5);
        y.setUpperBound(tab.rows().size() - 0.5);
        return chart;
    }

    /** Daily values as dots and their 7-day mean as a line. */
    public static JFreeChart trend(DailyTrend trend) {
        TimeSeries values = new TimeSeries(trend.measure());
        TimeSeries mean = new TimeSeries("7-day mean");
        for (DailyTrend.Day d : trend.days()) {
            if (d.value() != null) {
                values.add(day(d.date()), d.value());
            }
            if (d.rollingMean() != null) {
                mean.add(day(d.date()), d.rollingMean());
            }
        }
        TimeSeriesCollection data = new TimeSeriesCollection();
        data.addSeries(values);
        data.addSeries(mean);
        NumberAxis y = new NumberAxis(trend.measure() + " (" + trend.min() + "–" + trend.max() + ")");
        y.setRange(trend.min(), trend.max() + 0.5);
        y.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer();
        r.setSeriesLinesVisible(0, false);
        r.setSeriesShape(0, new Ellipse2D.Double(-3.5, -3.5, 7, 7));
        r.setSeriesPaint(0, ChartStyle.SKY);
        r.setSeriesShapesVisible(1, false);
        r.setSeriesPaint(1, ChartStyle.TEAL);
        r.setSeriesStroke(1, ChartStyle.LINE);
        XYPlot plot = new XYPlot(data, dateAxis(), y, r);
        return ChartStyle.chart(plot, true);
    }

    /** Urges per week, stacked by how they went. */
    public static JFreeChart outcomes(WeeklyOutcomes outcomes) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (WeeklyOutcomes.Week w : outcomes.weeks()) {
            String week = Dates.dayAndMonth(w.monday());
            data.addValue(w.resisted(), "Passed without contact", week);
            data.addValue(w.delayed(), "Put off", week);
            data.addValue(w.slipped(), "Became a slip", week);
        }
        CategoryPlot plot = bars(data, "Urges", PlotOrientation.VERTICAL);
        StackedBarRenderer r = stacked();
        r.setSeriesPaint(0, ChartStyle.TEAL);
        r.setSeriesPaint(1, ChartStyle.SAND);
        r.setSeriesPaint(2, ChartStyle.BRICK);
        plot.setRenderer(r);
        plot.getDomainAxis().setLabel("Week starting");
        return ChartStyle.chart(plot, true);
    }

    /** Urges and slips per day, with the days around each high-risk date shaded. */
    public static JFreeChart nearDates(NearDates near) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (NearDates.DayCount d : near.perDay()) {
            String day = Dates.dayAndMonth(d.date());
            data.addValue(d.urges(), "Urges", day);
            data.addValue(d.slips(), "Slips", day);
        }
        CategoryPlot plot = bars(data, "Per day", PlotOrientation.VERTICAL);
        StackedBarRenderer r = stacked();
        r.setSeriesPaint(0, ChartStyle.SKY);
        r.setSeriesPaint(1, ChartStyle.BRICK);
        plot.setRenderer(r);
        for (NearDates.Occurrence o : near.occurrences()) {
            for (int k = -NearDates.DAYS; k <= NearDates.DAYS; k++) {
                String day = Dates.dayAndMonth(o.date().plusDays(k));
                if (data.getColumnIndex(day) >= 0) {
                    CategoryMarker m = new CategoryMarker(day, ChartStyle.MARK, new java.awt.BasicStroke(1f));
                    m.setDrawAsLine(false);
                    if (k == 0) {
                        m.setLabel(o.label());
                        m.setLabelFont(ChartStyle.TICK);
                        m.setLabelPaint(ChartStyle.INK);
                        m.setLabelAnchor(RectangleAnchor.TOP);
                        m.setLabelTextAnchor(TextAnchor.TOP_CENTER);
                    }
                    plot.addDomainMarker(m, Layer.BACKGROUND);
                }
            }
        }
        plot.getRangeAxis().setUpperMargin(0.2); // room for the date's label above the bars
        thinDayLabels(plot, near.perDay().size());
        return ChartStyle.chart(plot, true);
    }

    /** Slip days and urges per day in each stretch of the plan. */
    public static JFreeChart planDays(PlanDayRisk risk) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (PlanDayRisk.Bucket b : risk.buckets()) {
            data.addValue(b.days() == 0 ? null : b.urgesPerDay(), "Urges a day", b.label());
            data.addValue(b.days() == 0 ? null : b.slipsPerDay(), "Slip days a day", b.label());
        }
        CategoryPlot plot = bars(data, "Per day lived in that stretch", PlotOrientation.VERTICAL);
        plot.getRenderer().setSeriesPaint(0, ChartStyle.SKY);
        plot.getRenderer().setSeriesPaint(1, ChartStyle.BRICK);
        plot.getDomainAxis().setLabel("Day of the plan");
        return ChartStyle.chart(plot, true);
    }

    /** Their attempts per week by channel, escalating weeks marked. */
    public static JFreeChart attempts(AttemptTrend trend) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        List<Channel> used = trend.weeks().stream().flatMap(w -> w.byChannel().keySet().stream()).distinct().sorted().toList();
        for (AttemptTrend.Week w : trend.weeks()) {
            String week = Dates.dayAndMonth(w.monday());
            if (used.isEmpty()) {
                data.addValue(0, "Attempts", week);
            }
            for (Channel c : used) {
                data.addValue(w.byChannel().getOrDefault(c, 0L), c.label(), week);
            }
        }
        CategoryPlot plot = bars(data, "Attempts", PlotOrientation.VERTICAL);
        StackedBarRenderer r = stacked();
        for (int i = 0; i < used.size(); i++) {
            r.setSeriesPaint(i, ChartStyle.SERIES[(used.get(i).ordinal()) % ChartStyle.SERIES.length]);
        }
        plot.setRenderer(r);
        plot.getDomainAxis().setLabel("Week starting");
        plot.getRangeAxis().setUpperMargin(0.25); // room for the escalation label above the bars
        for (AttemptTrend.Week w : trend.weeks()) {
            if (w.escalating()) {
                CategoryMarker m = new CategoryMarker(Dates.dayAndMonth(w.monday()), ChartStyle.MARK, new java.awt.BasicStroke(1f));
                m.setDrawAsLine(false);
                m.setLabel(w.threat() ? "▲ escalating, unsafe" : "▲ escalating");
                m.setLabelFont(ChartStyle.TICK);
                m.setLabelPaint(ChartStyle.BRICK);
                m.setLabelAnchor(RectangleAnchor.TOP);
                m.setLabelTextAnchor(TextAnchor.TOP_CENTER);
                plot.addDomainMarker(m, Layer.BACKGROUND);
            }
        }
        return ChartStyle.chart(plot, !used.isEmpty());
    }

    /**
     * Questionnaire scores above, slips, urges and their contact attempts per day below, on one date axis: the
     * clinician reads down from a score to the week around it. PHQ-9 and GAD-7 share the left axis (0-27); WHO-5, a
     * percentage where higher is better, has its own on the right. A reliable worsening is drawn as a larger dot.
     */
    public static JFreeChart scoreTimeline(ScoreTimeline timeline) {
        org.jfree.chart.plot.CombinedDomainXYPlot plot = new org.jfree.chart.plot.CombinedDomainXYPlot(dateAxis());
        plot.setGap(8);

        TimeSeriesCollection symptoms = new TimeSeriesCollection();
        TimeSeriesCollection wellbeing = new TimeSeriesCollection();
        for (org.holdfast.measures.Instrument i : org.holdfast.measures.Instrument.values()) {
            TimeSeries series = new TimeSeries(i.shortName());
            timeline.scores().stream().filter(s -> s.instrument() == i)
                    .forEach(s -> series.addOrUpdate(day(s.dueDate()), s.score()));
            if (!series.isEmpty()) {
                (i.higherIsWorse() ? symptoms : wellbeing).addSeries(series);
            }
        }
        NumberAxis left = new NumberAxis("PHQ-9 / GAD-7");
        left.setRange(0, 27.5);
        left.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        XYPlot scores = new XYPlot(symptoms, null, left, scoreRenderer(symptoms, timeline));
        if (wellbeing.getSeriesCount() > 0) {
            NumberAxis right = new NumberAxis("WHO-5 %");
            right.setRange(0, 102);
            scores.setRangeAxis(1, right);
            scores.setDataset(1, wellbeing);
            scores.mapDatasetToRangeAxis(1, 1);
            scores.setRenderer(1, scoreRenderer(wellbeing, timeline));
        }
        plot.add(scores, 3);

        TimeSeries slips = new TimeSeries("Slips");
        TimeSeries urges = new TimeSeries("Urges");
        TimeSeries attempts = new TimeSeries("Their contact attempts");
        for (ScoreTimeline.DayCount d : timeline.days()) {
            slips.add(day(d.date()), d.slips());
            urges.add(day(d.date()), d.urges());
            attempts.add(day(d.date()), d.attempts());
        }
        // The axis runs over the whole period even when nothing happened at its ends.
        slips.addOrUpdate(day(timeline.from()), slips.getValue(day(timeline.from())) == null ? 0 : slips.getValue(day(timeline.from())));
        slips.addOrUpdate(day(timeline.to()), slips.getValue(day(timeline.to())) == null ? 0 : slips.getValue(day(timeline.to())));
        TimeSeriesCollection counts = new TimeSeriesCollection();
        counts.addSeries(slips);
        counts.addSeries(urges);
        counts.addSeries(attempts);
        NumberAxis perDay = new NumberAxis("Per day");
        perDay.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        perDay.setAutoRangeMinimumSize(1.0);
        org.jfree.chart.renderer.xy.ClusteredXYBarRenderer bars = new org.jfree.chart.renderer.xy.ClusteredXYBarRenderer();
        bars.setBarPainter(new org.jfree.chart.renderer.xy.StandardXYBarPainter());
        bars.setShadowVisible(false);
        bars.setSeriesPaint(0, ChartStyle.BRICK);
        bars.setSeriesPaint(1, ChartStyle.SKY);
        bars.setSeriesPaint(2, ChartStyle.SAND);
        if (timeline.numbersShared() || timeline.attemptsShared()) {
            // Nothing shared from the journal: an empty panel of zeros would read as "nothing happened".
            plot.add(new XYPlot(counts, null, perDay, bars), 2);
        }
        return ChartStyle.chart(plot, true);
    }

    private static XYLineAndShapeRenderer scoreRenderer(TimeSeriesCollection data, ScoreTimeline timeline) {
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer() {
            @Override
            public java.awt.Shape getItemShape(int series, int item) {
                String name = (String) data.getSeriesKey(series);
                java.util.Date at = data.getSeries(series).getTimePeriod(item).getStart();
                boolean worse = timeline.scores().stream().anyMatch(s -> s.instrument().shortName().equals(name)
                        && day(s.dueDate()).getStart().equals(at) && s.reliablyWorse());
                return worse ? new Ellipse2D.Double(-6, -6, 12, 12) : new Ellipse2D.Double(-3.5, -3.5, 7, 7);
            }
        };
        for (int i = 0; i < data.getSeriesCount(); i++) {
            // One colour per instrument whichever of them the client has answered.
            r.setSeriesPaint(i, switch ((String) data.getSeriesKey(i)) {
                case "PHQ-9" -> ChartStyle.SLATE;
                case "GAD-7" -> ChartStyle.PLUM;
                default -> ChartStyle.TEAL;
            });
            r.setSeriesStroke(i, ChartStyle.LINE);
        }
        return r;
    }

    // ---- internals ------------------------------------------------------------------------------

    private static CategoryPlot bars(DefaultCategoryDataset data, String measure, PlotOrientation orientation) {
        NumberAxis y = new NumberAxis(measure);
        y.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        boolean rates = measure.startsWith("Per day lived"); // every other bar chart counts
        if (rates) {
            y.setStandardTickUnits(NumberAxis.createStandardTickUnits());
        }
        // A period with nothing in it draws 0 to 1 (0 to 0.1 for rates), not a lone 0 or an axis of ±5E-9.
        y.setRangeType(org.jfree.data.RangeType.POSITIVE);
        y.setAutoRangeMinimumSize(rates ? 0.1 : 1.0);
        CategoryAxis x = new CategoryAxis();
        x.setCategoryMargin(0.25);
        x.setLowerMargin(0.02);
        x.setUpperMargin(0.02);
        x.setMaximumCategoryLabelLines(2);
        BarRenderer r = new BarRenderer();
        r.setBarPainter(new StandardBarPainter());
        r.setShadowVisible(false);
        r.setMaximumBarWidth(0.12);
        r.setItemMargin(0.05);
        CategoryPlot plot = new CategoryPlot(data, x, y, r);
        plot.setOrientation(orientation);
        return plot;
    }

    private static StackedBarRenderer stacked() {
        StackedBarRenderer r = new StackedBarRenderer();
        r.setBarPainter(new StandardBarPainter());
        r.setShadowVisible(false);
        r.setMaximumBarWidth(0.12);
        return r;
    }

    /** Long daily axes show every 7th date, so labels never overlap. */
    private static void thinDayLabels(CategoryPlot plot, int days) {
        if (days <= 14) {
            plot.getDomainAxis().setCategoryLabelPositions(CategoryLabelPositions.STANDARD);
            return;
        }
        int every = days <= 45 ? 7 : 14;
        CategoryAxis axis = new CategoryAxis() {
            @Override
            public java.util.List refreshTicks(java.awt.Graphics2D g2, org.jfree.chart.axis.AxisState state,
                    java.awt.geom.Rectangle2D dataArea, org.jfree.chart.ui.RectangleEdge edge) {
                @SuppressWarnings("unchecked")
                java.util.List<org.jfree.chart.axis.CategoryTick> ticks = super.refreshTicks(g2, state, dataArea, edge);
                java.util.List<org.jfree.chart.axis.CategoryTick> thin = new java.util.ArrayList<>();
                for (int i = 0; i < ticks.size(); i++) {
                    org.jfree.chart.axis.CategoryTick t = ticks.get(i);
                    thin.add(i % every == 0 ? t : new org.jfree.chart.axis.CategoryTick(t.getCategory(),
                            new org.jfree.chart.text.TextBlock(), t.getLabelAnchor(), t.getRotationAnchor(), t.getAngle()));
                }
                return thin;
            }
        };
        axis.setCategoryMargin(0.1);
        axis.setMaximumCategoryLabelWidthRatio(every);
        axis.setLowerMargin(0.01);
        axis.setUpperMargin(0.01);
        plot.setDomainAxis(axis);
        ((BarRenderer) plot.getRenderer()).setMaximumBarWidth(0.9);
    }

    private static DateAxis dateAxis() {
        DateAxis axis = new DateAxis();
        axis.setDateFormatOverride(new java.text.SimpleDateFormat("d MMM", Dates.locale()));
        // Ticks a day apart at least: a three-day period otherwise labels "19 Nov" four times.
        org.jfree.chart.axis.TickUnits days = new org.jfree.chart.axis.TickUnits();
        for (int n : new int[] { 1, 2, 7, 14, 28 }) {
            days.add(new org.jfree.chart.axis.DateTickUnit(org.jfree.chart.axis.DateTickUnitType.DAY, n));
        }
        axis.setStandardTickUnits(days);
        axis.setUpperMargin(0.03); // room for the last date's label
        return axis;
    }

    private static Day day(LocalDate date) {
        return new Day(Date.from(date.atStartOfDay(ZoneId.systemDefault()).toInstant()));
    }

    private static Paint blend(Color from, Color to, double t) {
        return new Color((int) (from.getRed() + (to.getRed() - from.getRed()) * t),
                (int) (from.getGreen() + (to.getGreen() - from.getGreen()) * t),
                (int) (from.getBlue() + (to.getBlue() - from.getBlue()) * t));
    }
}
