package org.holdfast;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * "Today" and "now" come from the injected Clock: the practice's time zone, and a time tests can set. A
 * bare {@code LocalDate.now()} uses the server's zone and files an evening entry under tomorrow.
 */
class ClockUseTests {

    private final JavaClasses portal = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.holdfast");

    @Test
    void nothingAsksTheSystemClockForNow() {
        for (Class<?> type : new Class<?>[] { Instant.class, LocalDate.class, LocalDateTime.class, LocalTime.class,
                ZonedDateTime.class, OffsetDateTime.class }) {
            noClasses().should().callMethod(type, "now").because("the injected Clock decides what now is")
                    .check(portal);
        }
    }
}
