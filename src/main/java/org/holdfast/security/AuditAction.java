package org.holdfast.security;

import java.time.LocalDate;

/**
 * What someone did with a client's content, as the audit log keeps it: a kind (its {@link #code()}, stored
 * as it is) with the parameters that kind has, such as the period looked at. The audit module turns it into
 * words, for the practice manager and for the client, in one place; nothing parses words back.
 *
 * <p>Here rather than in the audit module because every module names what it reads when it asks
 * {@code ClientService.readFor}, and the audit module is a leaf that nothing depends on.
 */
public sealed interface AuditAction {

    /** The stored name of the kind, e.g. {@code CHECK_INS}; never changes once rows carry it. */
    default String code() {
        return switch (this) {
            case Read read -> read.name();
            case CheckIns checkIns -> CheckIns.CODE;
            case Journal journal -> Journal.CODE;
            case Insights insights -> Insights.CODE;
            case Plan plan -> Plan.CODE;
            case PlanHistory history -> PlanHistory.CODE;
            case Refused refused -> Refused.CODE;
            case Recorded recorded -> Recorded.CODE;
            case EvidenceRecord record -> EvidenceRecord.CODE;
            case AccountChange change -> change.kind().name();
            case Erasure erasure -> erasure.step().name();
        };
    }

    /** Reads that need no parameter: the kind says it all. */
    enum Read implements AuditAction {
        ACTIVE_PLANS, PLAN_LIST, OWN_PLANS, SESSIONS, SAFETY_SIGNALS, HOMEWORK, RISK_FLAGS, SESSION_PREP_PDF,
        PLAN_HANDOUT_PDF, CONTACT_EVIDENCE_PDF, CONTACT_LOG, CONTACT_LOG_VERIFICATION, CASELOAD_FIGURES,
        CASELOAD_SUMMARY_PDF, BREAK_GLASS_OPENED,
        /** Every journal entry the reader may see, whatever its date: what an export of the record reads. */
        WHOLE_JOURNAL,
        /** The whole record as one ZIP (access and portability, or a transfer of care). */
        CLIENT_EXPORT,
        /** The client's PHQ-9, GAD-7 and WHO-5 scores and answers. */
        MEASURES
    }

    /** Check-ins of a period, both days included. */
    record CheckIns(LocalDate from, LocalDate to) implements AuditAction {
        public static final String CODE = "CHECK_INS";
    }

    /** The entries the client shares, over the last {@code days} days. */
    record Journal(int days) implements AuditAction {
        public static final String CODE = "JOURNAL";
    }

    /** Patterns in the journal over the named periods ("30 days; since last session"), as the insights page says them. */
    record Insights(String periods) implements AuditAction {
        public static final String CODE = "INSIGHTS";
    }

    /** One plan as it is now ({@code version} null) or one of its versions. */
    record Plan(long planId, Integer version) implements AuditAction {
        public static final String CODE = "PLAN";

        public Plan(long planId) {
            this(planId, null);
        }
    }

    /** The history of changes to one plan. */
    record PlanHistory(long planId) implements AuditAction {
        public static final String CODE = "PLAN_HISTORY";
    }

    /**
     * An attempt the portal refused: {@code attempted} names what was tried, in the portal's own terms (a
     * service method such as {@code PlanService.plan}, or a page address), never client content.
     */
    record Refused(String attempted) implements AuditAction {
        public static final String CODE = "REFUSED";
    }

    /** A row from before actions were typed whose sentence no kind matched; kept word for word. */
    /**
     * A record of the client's contact-attempt log, added to the audit log by its number and hash, so that the
     * record is covered by the log's signed heads: rewriting it and its chain no longer goes unseen.
     */
    record EvidenceRecord(int seq, String hash) implements AuditAction {
        public static final String CODE = "EVIDENCE_RECORD";
    }

    record Recorded(String sentence) implements AuditAction {
        public static final String CODE = "RECORDED";
    }

    /**
     * Something that happened to an account's sign-in: a failure, a lock after guessing, the manager's unlock,
     * disabling and re-enabling (by the manager, or by a client's discharge and reopening), the manager's reset
     * link and the new password set through it.
     * {@code account} is the username concerned, or null for a failure with a username no account has (see
     * {@link AccountActivity}). The kind's name is the stored code.
     */
    record AccountChange(Kind kind, String account) implements AuditAction {

        public enum Kind {
            SIGN_IN_FAILED, ACCOUNT_LOCKED, ACCOUNT_UNLOCKED, ACCOUNT_DISABLED, ACCOUNT_ENABLED,
            /** An authenticator app was set up, or removed. */
            FACTOR_ADDED, FACTOR_REMOVED,
            /** A new set of recovery codes replaced the old; one recovery code was used. */
            RECOVERY_CODES_REGENERATED, RECOVERY_CODE_USED,
            /** A wrong, reused or replayed second-factor or recovery code. */
            SECOND_FACTOR_FAILED,
            /** The person confirmed it was them again before a sensitive act. */
            STEPPED_UP,
            /** A client set a new password with a recovery code. */
            PASSWORD_RESET_WITH_RECOVERY_CODE,
            /** A passkey was registered on a device, or removed. */
            PASSKEY_ADDED, PASSKEY_REMOVED,
            /** The practice manager gave out a password reset link; the link was used to set a new password. */
            PASSWORD_RESET_ISSUED, PASSWORD_RESET
        }
    }

    /**
     * A step in erasing a client's record, by the number of its request: never a name or a reason, since this line
     * is what stays once the record is gone. The step's name is the stored code.
     */
    record Erasure(Step step, long request) implements AuditAction {

        public enum Step {
            ERASURE_REQUESTED, ERASURE_WITHDRAWN, ERASURE_DECLINED,
            /** The client's data key was destroyed and their rows deleted. */
            CLIENT_ERASED
        }
    }
}
