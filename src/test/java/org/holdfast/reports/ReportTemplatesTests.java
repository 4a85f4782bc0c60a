package org.holdfast.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.boot.info.BuildProperties;

import net.sf.jasperreports.engine.JRField;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.JasperExportManager;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;

class ReportTemplatesTests {

    /** Latin with accents, Vietnamese stacked diacritics and Cyrillic: what DejaVu must carry into the PDF. */
    static final String NAME = "Zoë Ōkafor-Nguyễn · Ангелина";

    @Test
    void everyTemplateInTheReportsFolderCompilesAndFillsWithSampleData() throws Exception {
        ReportTemplates templates = new ReportTemplates();
        assertThat(templates.names()).contains("session-prep", "plan-handout", "contact-evidence", "caseload-summary");
        for (String name : templates.names()) {
            JasperReport report = templates.get(name);
            Map<String, Object> parameters = new HashMap<>();
            for (JRParameter p : report.getParameters()) {
                if (!p.isSystemDefined() && p.getValueClass() == String.class) {
                    parameters.put(p.getName(), NAME);
                }
            }
            List<Map<String, ?>> rows = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                Map<String, Object> row = new HashMap<>();
                for (JRField f : report.getFields()) {
                    row.put(f.getName(), sample(f.getValueClass()));
                }
                rows.add(row);
            }
            var print = JasperFillManager.fillReport(report, parameters, new JRMapCollectionDataSource(rows));
            String text = Pdfs.text(JasperExportManager.exportReportToPdf(print));
            assertThat(text).as(name).contains(NAME, "Page 1 of", "Generated");
        }
    }

    @Test
    void imagesInAReportAreReadInMemoryNotThroughATemporaryFile() throws Exception {
        ImageIO.setUseCache(true);
        new ReportTemplates();
        assertThat(ImageIO.getUseCache()).isFalse();
    }

    @Test
    void thePrinterAddsTheFooterEveryTemplateShares() {
        ReportPrinter printer = new ReportPrinter(templatesOrFail(), Clock.systemDefaultZone(),
                new StaticListableBeanFactory().getBeanProvider(BuildProperties.class));
        String text = Pdfs.text(printer.pdf("plan-handout", Map.of("title", "A plan"), List.of()));
        assertThat(text).contains("A plan", ReportPrinter.CLINICAL_NOTICE, "Holdfast dev",
                "(" + Clock.systemDefaultZone().getZone().getId() + ")", "Page 1 of 1");
    }

    @Test
    void fileNamesDropAccentsAndPunctuation() {
        assertThat(ReportPrinter.slug("Zoë Ōkafor-Nguyễn")).isEqualTo("zoe-okafor-nguyen");
        // Other scripts are spelled out in Latin letters, so a clinician's downloads stay told apart
        assertThat(ReportPrinter.slug("Ангелина")).isEqualTo("angelina");
        assertThat(ReportPrinter.slug("ليلى حداد")).isEqualTo("lyla-hdad");
        assertThat(ReportPrinter.slug("Ørjan Łukasz Straße")).isEqualTo("orjan-lukasz-strasse");
        assertThat(ReportPrinter.slug("王芳")).isEqualTo("client");
    }

    @Test
    void noTemplateSetsTextInItalicsWhichHaveNoArabicLetters() throws Exception {
        var templates = new org.springframework.core.io.support.PathMatchingResourcePatternResolver()
                .getResources("classpath*:reports/*.jrxml");
        assertThat(templates).hasSizeGreaterThanOrEqualTo(4);
        for (var template : templates) {
            String jrxml = template.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
            assertThat(jrxml).as(template.getFilename()).doesNotContain("italic=\"true\"");
        }
    }

    @Test
    void whatTheFontCannotDrawPrintsAsAMarkNotNothing() {
        ReportPrinter printer = new ReportPrinter(templatesOrFail(), Clock.systemDefaultZone(),
                new StaticListableBeanFactory().getBeanProvider(BuildProperties.class));
        // A heart with its emoji selector, a family joined by zero-width joiners, a hug, Chinese, and a
        // smiley DejaVu does have, in a parameter and in a row
        String typed = "Felt ❤️ then 👨‍👩‍👧 and 🫶 in 王 but 😊 ok";
        String text = Pdfs.text(printer.pdf("plan-handout", Map.of("title", typed),
                List.of(new DocumentLine("Reasons", DocumentLine.Kind.PARAGRAPH, typed, null))));

        String printed = "Felt ❤ then □ and □ in □ but 😊 ok";
        assertThat(PrintableText.of(typed)).isEqualTo(printed);
        assertThat(text.split(java.util.regex.Pattern.quote(printed), -1)).as("title and row").hasSize(3);
        assertThat(PrintableText.of("Zoë · Ангелина · ليلى")).as("what the font has is left alone")
                .isEqualTo("Zoë · Ангелина · ليلى");
    }

    private static ReportTemplates templatesOrFail() {
        try {
            return new ReportTemplates();
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    private static Object sample(Class<?> type) {
        if (type == Integer.class) {
            return 3;
        }
        if (type == Boolean.class) {
            return Boolean.TRUE;
        }
        return type == String.class ? NAME : null;
    }
}
