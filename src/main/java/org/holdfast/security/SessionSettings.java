package org.holdfast.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.NotNull;

/**
 * How long a signed-in session lasts. Idle time counts what the person does (a click, typing, opening a page),
 * never the browser's own keep-alive requests, so an open tab on an unattended computer is signed out.
 *
 * @param staffIdle        practice manager and clinicians are signed out after this long without activity
 *                         ({@code holdfast.security.sessions.staff-idle})
 * @param clientIdle       clients likewise ({@code holdfast.security.sessions.client-idle}); shorter, since a
 *                         client's device may be shared with the person they left
 * @param absoluteLifetime every session ends this long after sign-in, whatever the activity
 *                         ({@code holdfast.security.sessions.absolute-lifetime})
 * @param warningBefore    how long before an idle sign-out the page offers "Stay signed in"
 *                         ({@code holdfast.security.sessions.warning-before})
 */
@Validated
@ConfigurationProperties("holdfast.security.sessions")
public record SessionSettings(@NotNull @DefaultValue("15m") Duration staffIdle,
        @NotNull @DefaultValue("10m") Duration clientIdle, @NotNull @DefaultValue("12h") Duration absoluteLifetime,
        @NotNull @DefaultValue("1m") Duration warningBefore) {

    public Duration idleFor(Role role) {
        return role == Role.CLIENT ? clientIdle : staffIdle;
    }
}
