package org.holdfast.reports;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class ReportSettingsTests {

    @EnableConfigurationProperties(ReportSettings.class)
    static class Settings {
    }

    private final ApplicationContextRunner runner = new ApplicationContextRunner().withUserConfiguration(Settings.class);

    @Test
    void twoAtOnceAndEightWaitingUnlessSetOtherwise() {
        runner.run(context -> assertThat(context.getBean(ReportSettings.class)).isEqualTo(new ReportSettings(2, 8)));
        runner.withPropertyValues("holdfast.reports.concurrent=1", "holdfast.reports.waiting=3")
                .run(context -> assertThat(context.getBean(ReportSettings.class)).isEqualTo(new ReportSettings(1, 3)));
    }

    @Test
    void noRenderSlotOrNoQueueStopsStartUp() {
        for (String bad : new String[] { "holdfast.reports.concurrent=0", "holdfast.reports.waiting=0",
                "holdfast.reports.concurrent=two" }) {
            runner.withPropertyValues(bad).run(context -> {
                assertThat(context).as(bad).hasFailed();
                assertThat(context.getStartupFailure()).as(bad).hasStackTraceContaining("holdfast.reports");
            });
        }
    }
}
