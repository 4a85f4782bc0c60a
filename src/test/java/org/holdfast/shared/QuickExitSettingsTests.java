package org.holdfast.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

class QuickExitSettingsTests {

    @Configuration
    @EnableConfigurationProperties(QuickExitSettings.class)
    static class Settings {
    }

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withUserConfiguration(Settings.class)
            .withBean(org.springframework.validation.beanvalidation.LocalValidatorFactoryBean.class);

    @Test
    void withoutASettingTheExitLeadsToAWeatherPage() {
        runner.run(context -> assertThat(context.getBean(QuickExitSettings.class).url())
                .isEqualTo("https://www.bbc.co.uk/weather"));
    }

    @Test
    void aPracticeChoosesItsOwnNeutralSite() {
        runner.withPropertyValues("holdfast.quick-exit.url=http://www.example.org/news")
                .run(context -> assertThat(context.getBean(QuickExitSettings.class).url())
                        .isEqualTo("http://www.example.org/news"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "javascript:alert(1)", "www.bbc.co.uk", "/login", "ftp://example.org/", "https://",
            "data:text/html,hello", "" })
    void anAddressThatIsNotAFullWebAddressStopsTheStart(String url) {
        runner.withPropertyValues("holdfast.quick-exit.url=" + url).run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).rootCause().hasMessageContaining("holdfast.quick-exit.url");
        });
    }
}
