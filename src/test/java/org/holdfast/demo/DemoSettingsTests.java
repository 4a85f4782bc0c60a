package org.holdfast.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class DemoSettingsTests {

    @EnableConfigurationProperties(DemoSettings.class)
    static class Settings {
    }

    private final ApplicationContextRunner runner = new ApplicationContextRunner().withUserConfiguration(Settings.class);

    @Test
    void noDemoDataUnlessAskedFor() {
        runner.run(context -> assertThat(context.getBean(DemoSettings.class).demoData()).isFalse());
        runner.withPropertyValues("holdfast.demo-data=true")
                .run(context -> assertThat(context.getBean(DemoSettings.class).demoData()).isTrue());
    }

    @Test
    void aValueThatIsNeitherTrueNorFalseStopsStartUp() {
        runner.withPropertyValues("holdfast.demo-data=please").run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).hasStackTraceContaining("holdfast.demo-data");
        });
    }
}
