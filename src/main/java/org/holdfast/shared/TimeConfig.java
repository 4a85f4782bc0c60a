package org.holdfast.shared;

import java.time.Clock;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One clock and one locale for the whole portal, so that services, screens and tests agree on what "today" is and how it reads. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PracticeSettings.class)
class TimeConfig {

    TimeConfig(PracticeSettings settings) {
        // Dates is static so that records and reports can format without a bean in hand; it learns the locale once, here.
        Dates.useLocale(settings.locale());
    }

    /**
     * The practice's time zone decides what "today" is for check-ins, homework and plan days. A server
     * in UTC serving a practice elsewhere would otherwise file an evening check-in under tomorrow.
     */
    @Bean
    @ConditionalOnMissingBean
    Clock clock(PracticeSettings settings) {
        if (!settings.timeZone().isBlank()) {
            return Clock.system(ZoneId.of(settings.timeZone()));
        }
        // Containers default to "Etc/UTC", which pages and PDFs would print as the zone's name: say "UTC".
        ZoneId system = ZoneId.systemDefault();
        return Clock.system(system.normalized().equals(ZoneOffset.UTC) ? ZoneId.of("UTC") : system);
    }
}
