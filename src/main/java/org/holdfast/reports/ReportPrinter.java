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

import net.sf.jasperreports.engine.JRDataSource;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRField;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.JasperExportManager;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.data.JRBeanCollectionDataSource;

/**
 * Fills a template compiled at start-up with JavaBean rows and exports it as PDF, adding what every
 * report's footer prints: when it was generated (in the practice's zone, named), by which version, and a
 * confidentiality notice. Every text, the template's parameters and its rows, goes through {@link PrintableText},
 * so a character the font cannot draw prints as a mark instead of vanishing. Public so that modules
 * downstream of this one (the caseload) can print theirs.
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
        Map<String, Object> all = new HashMap<>();
        parameters.forEach((name, value) -> all.put(name, value instanceof String text ? PrintableText.of(text) : value));
        all.putIfAbsent("footerNotice", CLINICAL_NOTICE);
        all.put("generatedAt", generatedAt());
        all.put("generatorVersion", version);
        all.put(JRParameter.REPORT_LOCALE, Dates.locale());
        all.put(JRParameter.REPORT_TIME_ZONE, java.util.TimeZone.getTimeZone(clock.getZone()));
        try {
            var print = JasperFillManager.fillReport(templates.get(template), all, printable(new JRBeanCollectionDataSource(rows)));
            return JasperExportManager.exportReportToPdf(print);
        } catch (JRException e) {
            throw new IllegalStateException("The " + template + " report could not be rendered", e);
        }
    }

    /** Rows whose text prints a mark for each character the font cannot draw, rather than nothing. */
    private static JRDataSource printable(JRDataSource rows) {
        return new JRDataSource() {
            @Override
            public boolean next() throws JRException {
                return rows.next();
            }

            @Override
            public Object getFieldValue(JRField field) throws JRException {
                Object value = rows.getFieldValue(field);
                return value instanceof String text ? PrintableText.of(text) : value;
            }
        };
    }

    /** "12 Nov 2026 14:03 (Europe/London)". */
    public String generatedAt() {
        return Dates.dateTime(clock.instant(), clock.getZone()) + " (" + clock.getZone().getId() + ")";
    }

    public String version() {
        return version;
    }

    /**
     * A file name part from a person's name: "Zoë Ōkafor" becomes "zoe-okafor", "Ангелина" "angelina" and
     * "ليلى حداد" "lyla-hdad" (letters spelled out one by one: enough to tell files apart, not a scholarly
     * transliteration). A name in a script not covered here (Chinese, say) gives "client".
     */
    public static String slug(String name) {
        String decomposed = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
        StringBuilder latin = new StringBuilder();
        decomposed.codePoints().forEach(c -> latin.append(LATIN.getOrDefault(c, Character.toString(c))));
        String slug = latin.toString().replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return slug.isEmpty() ? "client" : slug;
    }

    /** Letters that have no ASCII base letter once their accents are gone, by lower-case code point. */
    private static final Map<Integer, String> LATIN = latinLetters(
            "ß ss æ ae œ oe ø o đ d ð d þ th ł l ı i ħ h ŧ t",
            // Cyrillic
            "а a б b в v г g д d е e ж zh з z и i й i к k л l м m н n о o п p р r с s т t у u ф f х kh ц ts ч ch"
                    + " ш sh щ shch ъ - ы y ь - э e ю yu я ya ґ g є ye і i ї yi ў u ј j љ lj њ nj ћ c џ dz ђ dj",
            // Greek (accents are gone already)
            "α a β v γ g δ d ε e ζ z η i θ th ι i κ k λ l μ m ν n ξ x ο o π p ρ r σ s ς s τ t υ y φ f χ ch ψ ps ω o",
            // Arabic letters, as in common Latin spellings of names; "-" where a letter has no Latin sound
            "ا a أ a إ i آ a ب b ت t ث th ج j ح h خ kh د d ذ dh ر r ز z س s ش sh ص s ض d ط t ظ z ع - غ gh ف f"
                    + " ق q ك k ل l م m ن n ه h و w ي y ى a ة a ء - ئ - ؤ - پ p چ ch ژ zh گ g ک k ی y");

    private static Map<Integer, String> latinLetters(String... tables) {
        Map<Integer, String> letters = new HashMap<>();
        for (String table : tables) {
            String[] pairs = table.split(" ");
            for (int i = 0; i + 1 < pairs.length; i += 2) {
                letters.put(pairs[i].codePointAt(0), pairs[i + 1].equals("-") ? "" : pairs[i + 1]);
            }
        }
        return Map.copyOf(letters);
    }
}
