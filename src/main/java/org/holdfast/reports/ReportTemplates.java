package org.holdfast.reports;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

import javax.imageio.ImageIO;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperCompileManager;
import net.sf.jasperreports.engine.JasperReport;

/**
 * Every template is compiled once, at start-up, from the classpath only: compiling per request
 * costs most of a second, and templates are never taken from users.
 */
@Component
class ReportTemplates {

    private static final Logger log = LoggerFactory.getLogger(ReportTemplates.class);

    private final Map<String, JasperReport> compiled = new HashMap<>();

    ReportTemplates() throws IOException {
        long started = System.nanoTime();
        // The PDF exporter reads an image on every export (at least its one-pixel spacer). ImageIO's default
        // is to copy each stream it reads into a temporary file first: a file created and deleted per report,
        // and a place on disk where an image in a report would land. Images here are small; memory will do.
        ImageIO.setUseCache(false);
        for (Resource template : new PathMatchingResourcePatternResolver().getResources("classpath*:reports/*.jrxml")) {
            String name = template.getFilename().replace(".jrxml", "");
            try (InputStream in = template.getInputStream()) {
                compiled.put(name, JasperCompileManager.compileReport(in));
            } catch (JRException e) {
                throw new IllegalStateException("Report template " + template.getFilename() + " does not compile", e);
            }
        }
        log.info("Compiled {} report templates in {} ms", compiled.size(), (System.nanoTime() - started) / 1_000_000);
    }

    JasperReport get(String name) {
        JasperReport report = compiled.get(name);
        if (report == null) {
            throw new UncheckedIOException(new IOException("No report template named " + name));
        }
        return report;
    }

    java.util.Set<String> names() {
        return compiled.keySet();
    }
}
