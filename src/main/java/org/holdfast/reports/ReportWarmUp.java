package org.holdfast.reports;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.holdfast.insights.ChartRendering;
import org.holdfast.insights.InsightCharts;
import org.holdfast.insights.Tally;
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
 * fonts, Jasper's fill and PDF-export classes and Java2D for the charts, most of a second. One throwaway
 * fill of every template (one empty row, no parameters) and one small chart at start-up move that cost
 * out of the first clinician's request. Nothing is audited or stored: no client data is read.
 */
@Component
class ReportWarmUp {

    private static final Logger log = LoggerFactory.getLogger(ReportWarmUp.class);

    private final ReportTemplates templates;

    ReportWarmUp(ReportTemplates templates) {
        this.templates = templates;
    }

    @EventListener(ApplicationReadyEvent.class)
    void warm() {
        long started = System.nanoTime();
        try {
            ChartRendering.image(InsightCharts.tally(new Tally(List.of(new Tally.Count("Text", 2)), 2, ""), "Slips"),
                    300, 200, 1);
        } catch (RuntimeException e) {
            log.debug("Chart warm-up failed; the first real chart pays for it", e);
        }
        for (String name : templates.names()) {
            Map<String, Object> parameters = new HashMap<>();
            parameters.put(JRParameter.REPORT_LOCALE, Locale.UK);
            try {
                JasperExportManager.exportReportToPdf(
                        JasperFillManager.fillReport(templates.get(name), parameters, new JREmptyDataSource(1)));
            } catch (JRException | RuntimeException e) {
                // A template whose expressions need real data fails here harmlessly; the others still warm.
                log.debug("Warm-up fill of {} failed", name, e);
            }
        }
        log.info("Warmed the report renderer in {} ms", (System.nanoTime() - started) / 1_000_000);
    }
}
