package org.holdfast;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.holdfast.shared.Dates;
import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * Date pickers, PDFs and charts follow the practice's locale ({@code holdfast.locale}) through
 * {@link Dates#locale()}; a country locale written into one of them would make it disagree with the rest.
 */
class PracticeLocaleUseTests {

    private final JavaClasses portal = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.holdfast");

    @Test
    void datesAreFormattedOnlyInDates() {
        noClasses().that().doNotBelongToAnyOf(Dates.class).should()
                .callMethod(DateTimeFormatter.class, "ofPattern", String.class)
                .orShould().callMethod(DateTimeFormatter.class, "ofPattern", String.class, Locale.class)
                .because("one formatter keeps every screen, PDF and audit page reading dates the same way")
                .check(portal);
    }

    @Test
    void noScreenOrReportHardCodesACountrysLocale() {
        for (String country : new String[] { "UK", "US", "GERMANY", "FRANCE", "CANADA" }) {
            noClasses().that().doNotBelongToAnyOf(Dates.class).should().accessField(Locale.class, country)
                    .because("the practice's locale comes from holdfast.locale, through Dates.locale()").check(portal);
        }
    }
}
