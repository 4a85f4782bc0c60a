package org.holdfast;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Browser tests need Debian's Chromium. On a developer machine without it they are reported as
 * disabled, with the reason; when the CI environment variable is set a missing browser fails the
 * build instead, so CI can never pass without having run them.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(RequiresChromium.Condition.class)
public @interface RequiresChromium {

    Path CHROMIUM = Path.of(System.getenv().getOrDefault("HOLDFAST_CHROMIUM", "/usr/bin/chromium"));

    class Condition implements ExecutionCondition {

        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            if (Files.isExecutable(CHROMIUM)) {
                return ConditionEvaluationResult.enabled("Chromium at " + CHROMIUM);
            }
            if (System.getenv("CI") != null) {
                throw new IllegalStateException("CI is set but there is no Chromium at " + CHROMIUM
                        + ": install Debian's chromium package (.ci/run does) so the browser tests run");
            }
            return ConditionEvaluationResult.disabled("No Chromium at " + CHROMIUM
                    + " (apt-get install chromium, or set HOLDFAST_CHROMIUM)");
        }
    }
}
