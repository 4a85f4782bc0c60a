package org.holdfast.reports;

import org.holdfast.shared.Dates;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.holdfast.insights.AttemptTrend;
import org.holdfast.insights.CrossTab;
import org.holdfast.insights.DailyTrend;
import org.holdfast.insights.InsightCharts;
import org.holdfast.insights.ScoreTimeline;
import org.holdfast.insights.WeeklyOutcomes;
import org.holdfast.measures.Instrument;
import org.holdfast.measures.MeasureScore;
import org.holdfast.plans.Channel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import net.sf.jasperreports.engine.JREmptyDataSource;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.JasperExportManager;
import net.sf.jasperreports.engine.JasperFillManager;

/**
 * Compiling the templates at start-up is not enough: the first PDF after a start also loads the embedded
 * fonts, Jasper's fill and PDF-export classes, JFreeChart and the PDF's Graphics2D, and runs all of it
 * in the interpreter, well over a second. So at start-up every template is filled once with an empty row,
 * and the session prep and evidence reports are printed a few times through {@link ReportPrinter} with
 * invented lines of every kind and every chart they draw, so the first clinician's request finds those
 * paths loaded and compiled. Nothing is audited or stored: no client data is read.
 */
@Component
class ReportWarmUp {

    private static final Logger log = LoggerFactory.getLogger(ReportWarmUp.class);
    /** Enough rounds for the JIT to compile the fill and export loops; each takes a few tens of ms once warm. */
    private static final int ROUNDS = 3;

    private final ReportTemplates templates;
    private final ReportPrinter printer;

    ReportWarmUp(ReportTemplates templates, ReportPrinter printer) {
        this.templates = templates;
        this.printer = printer;
    }

    @EventListener(ApplicationReadyEvent.class)
    void warm() {
        long started = System.nanoTime();
        for (String name : templates.names()) {
            Map<String, Object> parameters = new HashMap<>();
            parameters.put(JRParameter.REPORT_LOCALE, Dates.locale());
            try {
                JasperExportManager.exportReportToPdf(
                        JasperFillManager.fillReport(templates.get(name), parameters, new JREmptyDataSource(1)));
            } catch (JRException | RuntimeException e) {
                // A template whose expressions need real data fails here harmlessly; the others still warm.
                log.debug("Warm-up fill of {} failed", name, e);
            }
        }
        try {
            for (int i = 0; i < ROUNDS; i++) {
                printer.pdf("session-prep", Map.of("clientName", "Zoë Sample", "planLine", "A sample plan"),
                        sessionPrepSample());
                printer.pdf("contact-evidence", Map.of("clientName", "Zoë Sample", "frequencyChart",
                        AttemptFrequencyChart.chart(sampleCounts())), List.of());
            }
        } catch (RuntimeException e) {
            log.debug("Warm-up with sample lines failed; the first real report pays for it", e);
        }
        log.info("Warmed the report renderer in {} ms", (System.nanoTime() - started) / 1_000_000);
    }

    /** One line of every kind the session prep prints, each chart kind it draws, all invented. */
    static List<SessionPrepLine> sessionPrepSample() {
        LocalDate monday = LocalDate.of(2026, 1, 5);
        List<DailyTrend.Day> days = new ArrayList<>();
        List<WeeklyOutcomes.Week> outcomeWeeks = new ArrayList<>();
        List<AttemptTrend.Week> attemptWeeks = new ArrayList<>();
        for (int d = 0; d < 14; d++) {
            days.add(new DailyTrend.Day(monday.plusDays(d), d % 3 == 0 ? null : (double) (d % 7), (double) (d % 5)));
        }
        for (int w = 0; w < 4; w++) {
            outcomeWeeks.add(new WeeklyOutcomes.Week(monday.plusWeeks(w), w + 1, w, 1));
            attemptWeeks.add(new AttemptTrend.Week(monday.plusWeeks(w), Map.of(Channel.values()[w % Channel.values().length],
                    (long) w + 1), w == 3, w == 3));
        }
        DailyTrend trend = new DailyTrend("Urge", 0, 10, days, 9, "");
        List<String> rows = List.of("Mon", "Tue", "Wed");
        List<String> hours = List.of("20", "21", "22");
        CrossTab clock = new CrossTab(rows, hours, List.of(List.of(1L, 0L, 2L), List.of(0L, 3L, 0L), List.of(1L, 1L, 0L)),
                9, "");
        List<SessionPrepLine> lines = new ArrayList<>();
        lines.add(SessionPrepLine.flag("Sample flag", "A reason").under(SessionPrepReport.FLAGS));
        lines.add(SessionPrepLine.agenda("A topic", "Its evidence").under(SessionPrepReport.AGENDA));
        Instant at = monday.atStartOfDay(ZoneOffset.UTC).toInstant();
        ScoreTimeline scores = new ScoreTimeline(monday, monday.plusDays(27), List.of(new ScoreTimeline.DayCount(monday, 1, 2, 1),
                new ScoreTimeline.DayCount(monday.plusDays(9), 0, 1, 3)), List.of(
                        new MeasureScore(0, 0, Instrument.PHQ9, monday, at, 12, "Moderate", null, null, false, List.of()),
                        new MeasureScore(0, 0, Instrument.GAD7, monday.plusWeeks(2), at, 8, "Mild", null, null, false, List.of())),
                true, true, "A reading");
        lines.add(SessionPrepLine.entry("Mon 5 Jan", "PHQ-9 12 of 27 · Moderate", "Baseline (first score).")
                .under(SessionPrepReport.MEASURES));
        lines.add(SessionPrepLine.chart("Scores", SessionPrepReport.wide(InsightCharts.scoreTimeline(scores)), "A reading"));
        lines.add(SessionPrepLine.slip("Mon 5 Jan, 21:00", "Text", "Reached out", "Loneliness").under(SessionPrepReport.SLIPS)
                .startsTable());
        lines.add(SessionPrepLine.note("A note"));
        lines.add(SessionPrepLine.chartPair("Urges", SessionPrepReport.pair(InsightCharts.trend(trend)), "A reading",
                "Slips", SessionPrepReport.pair(InsightCharts.heatMap(clock, "Weekday", "Hour of day")), "A reading")
                .under(SessionPrepReport.TRENDS));
        lines.add(SessionPrepLine.chart(null, SessionPrepReport.wide(InsightCharts.outcomes(new WeeklyOutcomes(outcomeWeeks, 10,
                6, 4, ""))), "A reading").under(SessionPrepReport.OUTCOMES));
        lines.add(SessionPrepLine.chart("Per week", SessionPrepReport.wide(InsightCharts.attempts(new AttemptTrend(true,
                attemptWeeks, 10, ""))), "A reading").under("Contact attempts"));
        lines.add(SessionPrepLine.attempt("Mon 5 Jan, 21:00", "Text, J.", "Words", "No response").startsTable());
        lines.add(SessionPrepLine.homework("A task", "Daily · 1 of 2 done so far", "Mon 5 Jan, done: fine")
                .under(SessionPrepReport.HOMEWORK));
        lines.add(SessionPrepLine.entry("Mon 5 Jan · Check-in", "Mood 5 · urge 3", "Some words").under(SessionPrepReport.JOURNAL));
        lines.add(SessionPrepLine.text("A sentence"));
        lines.add(SessionPrepLine.notes().under(SessionPrepReport.NOTES));
        return lines;
    }

    private static Map<String, Integer> sampleCounts() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (int m = 1; m <= 6; m++) {
            counts.put("Month " + m, m % 4);
        }
        return counts;
    }
}
