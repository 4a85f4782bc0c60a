package org.holdfast.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

import net.sf.jasperreports.engine.JREmptyDataSource;
import net.sf.jasperreports.engine.JasperExportManager;
import net.sf.jasperreports.engine.JasperFillManager;

class ReportTemplatesTests {

    @Test
    void everyTemplateInTheReportsFolderCompilesAndFills() throws Exception {
        ReportTemplates templates = new ReportTemplates();
        assertThat(templates.names()).contains("session-prep");
        for (String name : templates.names()) {
            var print = JasperFillManager.fillReport(templates.get(name), new java.util.HashMap<>(), new JREmptyDataSource(0));
            assertThat(JasperExportManager.exportReportToPdf(print)).as(name).isNotEmpty();
        }
    }

    @Test
    void summaryLineSaysWhenThereIsNothingToShow() {
        assertThat(SessionPrepReport.summary(java.util.List.of())).isEqualTo("No check-ins in the last 14 days.");
    }
}
