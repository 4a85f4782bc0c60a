package org.holdfast.insights;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

import org.holdfast.security.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/**
 * The practice's risk thresholds, in one place. Every caseload page needs them, so they are kept in
 * memory; a change here clears that copy once its transaction ends (committed or not), and the copy also
 * expires after {@link #FRESH_FOR}, so a change made on another server of the same practice arrives
 * within a minute without any shared cache.
 */
@Service
@Validated
@Transactional(readOnly = true)
public class RiskSettings {

    static final Duration FRESH_FOR = Duration.ofSeconds(60);

    private final RiskThresholdRepository rows;
    private final CurrentUser currentUser;
    private final Clock clock;
    private volatile Cached cached;
    /**
     * Bumped when a change starts and again when its transaction ends: a reader that loaded the thresholds
     * while a change was under way sees a different generation afterwards and does not keep its copy, which
     * could be the old values read just before the commit.
     */
    private final AtomicLong generation = new AtomicLong();

    /** {@code loadedAtNanos} is {@link System#nanoTime()}: the age of a copy is elapsed time, not a date, so no clock. */
    private record Cached(RiskThresholds thresholds, long loadedAtNanos) {
    }

    RiskSettings(RiskThresholdRepository rows, CurrentUser currentUser, Clock clock) {
        this.rows = rows;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The thresholds in force. A copy: changing it changes nothing until it is saved. */
    @PreAuthorize("hasAnyRole('CLINICIAN', 'ADMIN')")
    public RiskThresholds current() {
        Cached c = cached;
        // Measured on the monotonic timer, not the injected clock: a test clock may stand still, and a copy
        // must still expire after FRESH_FOR of real time.
        long now = System.nanoTime();
        if (c == null || now - c.loadedAtNanos() > FRESH_FOR.toNanos()) {
            long before = generation.get();
            c = new Cached(load(), now);
            if (generation.get() == before) {
                cached = c;
            }
        }
        return c.thresholds().copy();
    }

    /** Saves new thresholds; the caseload uses them from the next page it loads. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public RiskThresholds update(@NotNull @Valid RiskThresholds thresholds) {
        RiskThresholdRow row = rows.findById(RiskThresholdRow.ID).orElseThrow();
        row.apply(thresholds, currentUser.require().getUsername(), Instant.now(clock));
        forgetAfterTransaction();
        return row.toThresholds();
    }

    /** Who last changed the thresholds and when, for the settings page; nulls while they are the defaults. */
    @PreAuthorize("hasRole('ADMIN')")
    public LastChange lastChange() {
        RiskThresholdRow row = rows.findById(RiskThresholdRow.ID).orElseThrow();
        return new LastChange(row.getChangedBy(), row.getChangedAt());
    }

    public record LastChange(String by, Instant at) {
    }

    private RiskThresholds load() {
        return rows.findById(RiskThresholdRow.ID).map(RiskThresholdRow::toThresholds).orElseGet(RiskThresholds::defaults);
    }

    private void forgetAfterTransaction() {
        generation.incrementAndGet();
        cached = null;
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    generation.incrementAndGet();
                    cached = null;
                }
            });
        }
    }
}
