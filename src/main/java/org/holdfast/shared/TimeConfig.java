package org.holdfast.shared;

import java.time.Clock;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One clock for the whole portal, so that services and tests agree on what "today" is. */
@Configuration(proxyBeanMethods = false)
class TimeConfig {

    /**
     * The practice's time zone decides what "today" is for check-ins, homework and plan days. A server
     * in UTC serving a practice elsewhere would otherwise file an evening check-in under tomorrow.
     */
    @Bean
    @ConditionalOnMissingBean
    Clock clock(@Value("${holdfast.time-zone:}") String timeZone) {
        if (!timeZone.isBlank()) {
            return Clock.system(ZoneId.of(timeZone));
        }
        // Containers default to "Etc/UTC", which pages and PDFs would print as the zone's name: say "UTC".
        ZoneId system = ZoneId.systemDefault();
        return Clock.system(system.normalized().equals(ZoneOffset.UTC) ? ZoneId.of("UTC") : system);
    }
}
