package org.holdfast.reports;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * How many reports render at once and how many may wait ({@code holdfast.reports.*}). Rendering is
 * CPU-bound: more at once than the server has cores only makes each one slower.
 */
@ConfigurationProperties("holdfast.reports")
@Validated
record ReportSettings(
        @Min(value = 1, message = "must let at least one report render") @Max(16) @DefaultValue("2") int concurrent,
        @Min(value = 1, message = "must let at least one report wait") @Max(1000) @DefaultValue("8") int waiting) {
}
