package org.holdfast.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code holdfast.demo-data}: whether an empty database gets the demo practice (the demo profile loads it
 * too). Bound at start-up, so a value that is not true or false stops the portal with the key's name
 * instead of surfacing later.
 */
@ConfigurationProperties("holdfast")
record DemoSettings(@DefaultValue("false") boolean demoData) {
}
