package org.holdfast.drill;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The restore drill ({@code holdfast.drill.*}).
 *
 * @param manager the practice manager's username the drill signs in as, to take the practice-wide figures
 */
@ConfigurationProperties("holdfast.drill")
record DrillSettings(@DefaultValue("manager@demo.holdfast") String manager) {
}
