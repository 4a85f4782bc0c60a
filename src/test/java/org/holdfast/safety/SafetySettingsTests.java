package org.holdfast.safety;

import org.holdfast.shared.CrisisLines;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class SafetySettingsTests {

    @EnableConfigurationProperties(SafetySettings.class)
    static class Settings {
    }

    private final ApplicationContextRunner runner = new ApplicationContextRunner().withUserConfiguration(Settings.class);

    @Test
    void thePracticesNumbersBindAndEachEmergencyNumberIsItsOwnLink() {
        runner.withPropertyValues("holdfast.safety.emergency-number= 000 , 112 ", "holdfast.safety.helpline-name=1800RESPECT",
                "holdfast.safety.helpline-number=+61 1800 737 732").run(context -> {
                    SafetySettings settings = context.getBean(SafetySettings.class);
                    assertThat(settings.emergencyNumbers()).containsExactly("000", "112");
                    assertThat(settings.hasHelpline()).isTrue();
                    assertThat(CrisisLines.dialable(settings.helplineNumber())).isEqualTo("+611800737732");
                });
    }

    @Test
    void withoutSettingsTheEuropeanAndUkNumbersAndNoHelpline() {
        runner.run(context -> {
            SafetySettings settings = context.getBean(SafetySettings.class);
            assertThat(settings.emergencyNumbers()).containsExactly("999", "112");
            assertThat(settings.hasHelpline()).isFalse();
        });
    }

    @Test
    void anEmergencyNumberThatCannotBeDialledStopsStartUp() {
        for (String bad : new String[] { "call the police", "", "999 / ask reception" }) {
            runner.withPropertyValues("holdfast.safety.emergency-number=" + bad).run(context -> {
                assertThat(context).as(bad).hasFailed();
                assertThat(context.getStartupFailure()).as(bad).hasStackTraceContaining("holdfast.safety")
                        .hasStackTraceContaining("emergencyNumber");
            });
        }
    }

    @Test
    void aHelplineNumberWithLettersStopsStartUp() {
        runner.withPropertyValues("holdfast.safety.helpline-number=see website").run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).hasStackTraceContaining("helplineNumber");
        });
    }
}
