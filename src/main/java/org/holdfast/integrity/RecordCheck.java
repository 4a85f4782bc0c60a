package org.holdfast.integrity;

import java.util.Optional;

import org.holdfast.audit.LogCheck;
import org.holdfast.audit.VerifiableLog;
import org.holdfast.journal.EvidenceCheck;
import org.holdfast.security.CurrentUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Runs the record check (the audit log against its signed heads, every contact-attempt record against the log) and
 * keeps how it ended. Daily on its own; the practice manager can run it at any time.
 */
@Service
public class RecordCheck {

    private static final Logger logger = LoggerFactory.getLogger(RecordCheck.class);

    private final EvidenceCheck evidence;
    private final VerifiableLog log;
    private final IntegrityCheckRepository checks;
    private final IntegritySettings settings;
    private final CurrentUser currentUser;
    private final java.time.Clock clock;

    RecordCheck(EvidenceCheck evidence, VerifiableLog log, IntegrityCheckRepository checks, IntegritySettings settings,
            CurrentUser currentUser, java.time.Clock clock) {
        this.clock = clock;
        this.evidence = evidence;
        this.log = log;
        this.checks = checks;
        this.settings = settings;
        this.currentUser = currentUser;
    }

    @Scheduled(cron = "${holdfast.integrity.cron:0 15 3 * * *}")
    void daily() {
        if (settings.scheduled()) {
            run(IntegrityCheck.DAILY);
        }
    }

    @PreAuthorize("hasRole('ADMIN')")
    public IntegrityCheck runNow() {
        return run(currentUser.require().getUsername());
    }

    /** The last run, for the Record check page. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public Optional<IntegrityCheck> latest() {
        return checks.findFirstByOrderByCheckedAtDescIdDesc();
    }

    /** Whether the last run failed: staff see a notice on every page until a run passes again. */
    @PreAuthorize("hasAnyRole('ADMIN', 'CLINICIAN')")
    @Transactional(readOnly = true)
    public boolean lastRunFailed() {
        return checks.findFirstByOrderByCheckedAtDescIdDesc().map(c -> !c.intact()).orElse(false);
    }

    IntegrityCheck run(String requestedBy) {
        LogCheck outcome;
        try {
            // Everything written so far joins the log under a fresh signed head first, so the check covers up to now.
            log.sequenceAndSign();
            outcome = evidence.verify();
        } catch (RuntimeException failed) {
            // A check that cannot finish is a failed check, never a silence that leaves the last pass showing.
            logger.error("Record check could not finish", failed);
            outcome = new LogCheck(false, 0, 0, 0, 0, "The check could not finish (" + failed.getClass().getSimpleName()
                    + "): the records may be damaged; see the portal's log", clock.instant());
        }
        IntegrityCheck result = checks.save(new IntegrityCheck(outcome, requestedBy));
        if (result.intact()) {
            logger.info("Record check passed: {} audit events, {} signed heads, {} contact-attempt records",
                    result.events(), result.heads(), result.records());
        } else {
            // Event and client numbers only: never what a record says.
            logger.error("Record check FAILED: {}", result.problem());
        }
        return result;
    }

}
