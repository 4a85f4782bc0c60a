package org.holdfast.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * How the portal answers password guessing, per account and per source address.
 *
 * @param failuresBeforeLock failed sign-ins in a row after which the account (or address) is locked
 *                           ({@code holdfast.security.lockout.failures-before-lock})
 * @param lockMinutes        how long such a lock lasts ({@code holdfast.security.lockout.lock-minutes})
 * @param addressFailures    failures from one address, over any usernames, before that address is locked
 *                           ({@code holdfast.security.lockout.address-failures}); higher than per account,
 *                           since a practice's staff may share one office address
 */
@Validated
@ConfigurationProperties("holdfast.security.lockout")
public record LockoutSettings(@Min(1) @Max(100) @DefaultValue("5") int failuresBeforeLock,
        @Min(1) @Max(1440) @DefaultValue("15") int lockMinutes, @Min(1) @Max(1000) @DefaultValue("20") int addressFailures) {
}
