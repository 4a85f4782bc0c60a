package org.holdfast.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

/** The idle and lifetime rule itself, on a clock the test moves. */
class SessionLimitsTests {

    private static final Instant SIGNED_IN = Instant.parse("2026-12-01T09:00:00Z");
    private final SessionLimits limits = new SessionLimits(
            new SessionSettings(Duration.ofMinutes(15), Duration.ofMinutes(10), Duration.ofHours(12), Duration.ofMinutes(1)),
            Clock.fixed(SIGNED_IN, ZoneId.of("UTC")));

    @Test
    void staffAreWarnedAMinuteBeforeFifteenIdleMinutesAndSignedOutAtThem() {
        assertThat(at(Duration.ofMinutes(13).plusSeconds(59), Role.CLINICIAN).state()).isEqualTo(SessionLimits.State.ACTIVE);
        SessionLimits.Verdict warned = at(Duration.ofMinutes(14), Role.CLINICIAN);
        assertThat(warned.state()).isEqualTo(SessionLimits.State.ENDING_SOON);
        assertThat(warned.left()).isEqualTo(Duration.ofMinutes(1));
        assertThat(warned.lifetime()).isFalse();
        SessionLimits.Verdict ended = at(Duration.ofMinutes(15), Role.ADMIN);
        assertThat(ended.state()).isEqualTo(SessionLimits.State.IDLE_TOO_LONG);
        assertThat(ended.signInAddress()).isEqualTo("login?idle=15");
    }

    @Test
    void clientsAreSignedOutAfterTenIdleMinutes() {
        assertThat(at(Duration.ofMinutes(9).plusSeconds(30), Role.CLIENT).state())
                .isEqualTo(SessionLimits.State.ENDING_SOON);
        SessionLimits.Verdict ended = at(Duration.ofMinutes(10), Role.CLIENT);
        assertThat(ended.ended()).isTrue();
        assertThat(ended.signInAddress()).isEqualTo("login?idle=10");
        assertThat(at(Duration.ofMinutes(10), Role.CLINICIAN).ended()).isFalse();
    }

    @Test
    void activityPutsOffTheIdleEndButNotTheTwelveHourLifetime() {
        Instant activeJustNow = SIGNED_IN.plus(Duration.ofHours(11).plusMinutes(58));
        SessionLimits.Verdict nearTheEnd = limits.verdict(SIGNED_IN, activeJustNow, Role.CLINICIAN,
                activeJustNow.plusSeconds(90));
        assertThat(nearTheEnd.state()).isEqualTo(SessionLimits.State.ENDING_SOON);
        assertThat(nearTheEnd.lifetime()).isTrue();
        assertThat(nearTheEnd.left()).isEqualTo(Duration.ofSeconds(30));

        SessionLimits.Verdict over = limits.verdict(SIGNED_IN, SIGNED_IN.plus(Duration.ofHours(12)), Role.CLINICIAN,
                SIGNED_IN.plus(Duration.ofHours(12)));
        assertThat(over.state()).isEqualTo(SessionLimits.State.LIFETIME_OVER);
        assertThat(over.signInAddress()).isEqualTo("login?ended=lifetime");
    }

    private SessionLimits.Verdict at(Duration sinceActivity, Role role) {
        return limits.verdict(SIGNED_IN, SIGNED_IN, role, SIGNED_IN.plus(sinceActivity));
    }
}
