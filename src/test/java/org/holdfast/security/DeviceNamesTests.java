package org.holdfast.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What a person reads to recognise a device: the browser and system, and the network said coarsely. */
class DeviceNamesTests {

    @Test
    void browsersAreNamedWithTheirSystem() {
        assertThat(DeviceNames.browser("Mozilla/5.0 (Android 14; Mobile; rv:133.0) Gecko/133.0 Firefox/133.0"))
                .isEqualTo("Firefox Mobile on Android");
        assertThat(DeviceNames.browser("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
                + "Chrome/131.0.0.0 Safari/537.36")).isEqualTo("Chrome on Windows");
        assertThat(DeviceNames.browser(null)).isEqualTo("Unknown browser");
        assertThat(DeviceNames.browser("x".repeat(10_000))).isEqualTo("Unknown browser");
    }

    @Test
    void addressesAreSaidCoarselyAndNeverLookedUp() {
        assertThat(DeviceNames.place("127.0.0.1")).isEqualTo("This computer");
        assertThat(DeviceNames.place("::1")).isEqualTo("This computer");
        assertThat(DeviceNames.place("192.168.1.20")).isEqualTo("Local network");
        assertThat(DeviceNames.place("10.4.0.9")).isEqualTo("Local network");
        assertThat(DeviceNames.place("fd12:3456::1")).isEqualTo("Local network");
        assertThat(DeviceNames.place("203.0.113.77")).isEqualTo("203.0.113.x");
        assertThat(DeviceNames.place("2001:db8:85a3::8a2e:370:7334")).isEqualTo("2001:db8:85a3:…");
        assertThat(DeviceNames.place("example.org")).isEqualTo("Unknown network");
        assertThat(DeviceNames.place(null)).isEqualTo("Unknown network");
    }
}
