package org.holdfast.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class PracticeSettingsTests {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withUserConfiguration(TimeConfig.class)
            .withBean(org.springframework.validation.beanvalidation.LocalValidatorFactoryBean.class);

    @Test
    void practiceIsBritishUnlessToldOtherwise() {
        runner.run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context.getBean(PracticeSettings.class).locale()).isEqualTo(Locale.UK);
        });
    }

    @Test
    void readsTheLocaleAsALanguageTag() {
        runner.withPropertyValues("holdfast.locale=de-DE", "holdfast.time-zone=Europe/Berlin").run(context -> {
            assertThat(context.getBean(PracticeSettings.class).locale()).isEqualTo(Locale.GERMANY);
            assertThat(context.getBean(java.time.Clock.class).getZone().getId()).isEqualTo("Europe/Berlin");
        });
        Dates.useLocale(Locale.UK);
    }

    @Test
    void anUnknownTimeZoneStopsTheStart() {
        runner.withPropertyValues("holdfast.time-zone=Europe/Londn")
                .run(context -> assertThat(context).hasFailed());
    }

    @Test
    void aLocaleWithoutALanguageStopsTheStart() {
        runner.withPropertyValues("holdfast.locale=_GB").run(context -> assertThat(context).hasFailed());
    }
}
