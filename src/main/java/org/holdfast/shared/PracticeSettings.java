package org.holdfast.shared;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Locale;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;

/**
 * Where the practice is: its locale decides how dates, times and date pickers read (en-GB: day first,
 * 24-hour clock), its time zone what "today" is. A wrong value stops the portal at start-up rather than
 * letting a date picker read 04/12 as 12 April.
 *
 * @param locale   the practice's locale as a language tag, e.g. {@code en-GB} ({@code holdfast.locale})
 * @param timeZone the practice's time zone, e.g. {@code Europe/London}; blank means the server's
 *                 ({@code holdfast.time-zone})
 */
@Validated
@ConfigurationProperties("holdfast")
public record PracticeSettings(@NotNull @DefaultValue("en-GB") Locale locale, @DefaultValue("") String timeZone) {

    public PracticeSettings {
        timeZone = timeZone == null ? "" : timeZone.strip();
    }

    /** A locale without a language ("holdfast.locale=" or a typo like "GB") would format nothing useful. */
    @AssertTrue(message = "holdfast.locale must be a language tag such as en-GB or de-DE")
    boolean isLocaleALanguage() {
        return locale == null || !locale.getLanguage().isEmpty();
    }

    @AssertTrue(message = "holdfast.time-zone must be blank or a time zone such as Europe/London")
    boolean isTimeZoneKnown() {
        if (timeZone.isEmpty()) {
            return true;
        }
        try {
            ZoneId.of(timeZone);
            return true;
        } catch (DateTimeException unknown) {
            return false;
        }
    }
}
