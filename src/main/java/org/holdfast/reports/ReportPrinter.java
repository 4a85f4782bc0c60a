package org.holdfast.reports;

import org.holdfast.shared.Dates;
import java.text.Normalizer;
import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.stereotype.Component;

import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.JasperExportManager;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.data.JRBeanCollectionDataSource;

/**
 * Fills a template compiled at start-up with JavaBean rows and exports it as PDF, adding what every
 * report's footer prints: when it was generated (in the practice's zone, named), by which version, and a
 * confidentiality notice. Public so that modules downstream of this one (the caseload) can print theirs.
 */
@Component
public class ReportPrinter {

    /** The footer notice of a clinician's document, unless the report passes its own. */
    public static final String CLINICAL_NOTICE = "Confidential: clinical information about a client. Do not share.";


    private final ReportTemplates templates;
    private final Clock clock;
    private final String version;

    ReportPrinter(ReportTemplates templates, Clock clock, ObjectProvider<BuildProperties> build) {
        this.templates = templates;
        this.clock = clock;
        BuildProperties props = build.getIfAvailable();
        this.version = props == null ? "dev" : props.getVersion();
    }

    /**
     * @param template a template's name in the {@code reports/} folder, without ".jrxml"
     * @param parameters the template's own parameters; {@code footerNotice} may be among them
     */
    public byte[] pdf(String template, Map<String, Object> parameters, Collection<?> rows) {
        Map<String, Object> all = new HashMap<>(parameters);
        all.putIfAbsent("footerNotice", CLINICAL_NOTICE);
        all.put("generatedAt", generatedAt());
        all.put("generatorVersion", version);
        all.put(JRParameter.REPORT_LOCALE, Dates.locale());
        all.put(JRParameter.REPORT_TIME_ZONE, java.util.TimeZone.getTimeZone(clock.getZone()));
        try {
            var print = JasperFillManager.fillReport(templates.get(template), all, new JRBeanCollectionDataSource(rows));
            return JasperExportManager.exportReportToPdf(print);
        } catch (JRException e) {
            throw new IllegalStateException("The " + template + " report could not be rendered", e);
        }
    }

    /** "12 Nov 2026 14:03 (Europe/London)". */
    public String generatedAt() {
        return Dates.dateTime(clock.instant(), clock.getZone()) + " (" + clock.getZone().getId() + ")";
    }

    public String version() {
        return version;
    }

    /** A file name part from a person's name: "Zoë Ōkafor" becomes "zoe-okafor". */
    public static String slug(String name) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return slug.isEmpty() ? "client" : slug;
    }
}
