package org.holdfast.integrity;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * When the record check runs on its own ({@code holdfast.integrity.*}).
 *
 * @param cron      a Spring cron expression; by default every night at 03:15
 * @param scheduled whether this node runs it (tests run it themselves)
 */
@ConfigurationProperties("holdfast.integrity")
record IntegritySettings(@DefaultValue("0 15 3 * * *") String cron, @DefaultValue("true") boolean scheduled) {
}
