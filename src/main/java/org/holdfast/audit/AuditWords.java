package org.holdfast.audit;

import org.holdfast.shared.Dates;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.holdfast.security.AuditAction;

/**
 * Every audited action in words, in one place: as the practice manager's log names it ("Plan 12 version
 * 3"), and as the client is told it after the reader's name ("looked at your plan").
 */
public final class AuditWords {


    private AuditWords() {
    }

    /** The practice manager's log: short, exact, with the ids a manager can look up. */
    public static String forPractice(AuditAction action) {
        return switch (action) {
            case AuditAction.Read read -> practiceLabel(read);
            case AuditAction.CheckIns c -> "Check-ins " + c.from() + " to " + c.to();
            case AuditAction.Journal j -> "Journal, last " + j.days() + " days";
            case AuditAction.Insights i -> "Insights (" + i.periods() + ")";
            case AuditAction.Plan p -> "Plan " + p.planId() + (p.version() == null ? "" : " version " + p.version());
            case AuditAction.PlanHistory h -> "Plan history " + h.planId();
            case AuditAction.Refused r -> "Refused: " + r.attempted();
            case AuditAction.Recorded r -> r.sentence();
            case AuditAction.EvidenceRecord r -> "Contact-attempt record " + r.seq() + " added to the verifiable log";
            case AuditAction.Erasure e -> erasureLabel(e.step()) + " (request " + e.request() + ")";
            case AuditAction.AccountChange c -> accountLabel(c.kind())
                    + (c.account() == null ? " (no such account)" : ": " + c.account());
        };
    }

    /** What follows the reader's name on the client's "Who has looked" page. */
    public static String forClient(AuditAction action) {
        return switch (action) {
            case AuditAction.Read read -> clientWords(read);
            case AuditAction.CheckIns c -> "looked at your check-ins from " + day(c.from()) + " to " + day(c.to());
            case AuditAction.Journal j -> "looked at what you share of your journal (the last " + j.days() + " days)";
            case AuditAction.Insights i -> "looked at patterns in your journal" + switch (i.periods()) {
                case "since last session" -> " since your last session";
                case "whole plan" -> " since your plan began";
                case "30 days", "90 days" -> " over the last " + i.periods();
                default -> " (" + i.periods() + ")";
            };
            case AuditAction.Plan p -> "looked at your plan";
            case AuditAction.PlanHistory h -> "looked at the changes made to your plan";
            case AuditAction.Refused r -> "tried to open part of your record and was refused";
            case AuditAction.Recorded r -> "looked at " + r.sentence();
            case AuditAction.EvidenceRecord r -> "added record " + r.seq() + " to your contact-attempt log";
            case AuditAction.Erasure e -> switch (e.step()) {
                case ERASURE_REQUESTED -> "asked for your record to be erased";
                case ERASURE_WITHDRAWN -> "withdrew the request to erase your record";
                case ERASURE_DECLINED -> "declined the request to erase your record";
                case CLIENT_ERASED -> "erased your record";
            };
            case AuditAction.AccountChange c -> switch (c.kind()) {
                case SIGN_IN_FAILED -> "tried to sign in and failed";
                case ACCOUNT_LOCKED -> "was locked out after too many failed sign-ins";
                case ACCOUNT_UNLOCKED -> "unlocked an account";
                case ACCOUNT_DISABLED -> "turned off sign-in for an account";
                case ACCOUNT_ENABLED -> "turned sign-in back on for an account";
                case FACTOR_ADDED -> "set up an authenticator app";
                case FACTOR_REMOVED -> "removed an authenticator app";
                case RECOVERY_CODES_REGENERATED -> "made new recovery codes";
                case RECOVERY_CODE_USED -> "used a recovery code";
                case SECOND_FACTOR_FAILED -> "typed a wrong or used second-factor code";
                case STEPPED_UP -> "confirmed it was them before a sensitive action";
                case PASSWORD_RESET_WITH_RECOVERY_CODE -> "reset a forgotten password with a recovery code";
                case PASSKEY_ADDED -> "added a passkey";
                case PASSKEY_REMOVED -> "removed a passkey";
                case PASSWORD_RESET_ISSUED -> "gave out a password reset link for an account";
                case PASSWORD_RESET -> "set a new password through a reset link";
            };
        };
    }

    /**
     * The codes of the kinds whose practice label contains {@code text} (lower case), for the log's "What"
     * filter: the log stores codes, the manager types words.
     */
    static Set<String> codesMatching(String text) {
        Set<String> codes = Arrays.stream(AuditAction.Read.values()).filter(r -> practiceLabel(r).toLowerCase(Locale.ROOT)
                .contains(text)).map(AuditAction.Read::code).collect(Collectors.toSet());
        for (String[] kind : new String[][] { { AuditAction.CheckIns.CODE, "check-ins" },
                { AuditAction.Journal.CODE, "journal, last days" }, { AuditAction.Insights.CODE, "insights" },
                { AuditAction.Plan.CODE, "plan version" }, { AuditAction.PlanHistory.CODE, "plan history" },
                { AuditAction.Refused.CODE, "refused" } }) {
            if (kind[1].contains(text)) {
                codes.add(kind[0]);
            }
        }
        for (AuditAction.Erasure.Step step : AuditAction.Erasure.Step.values()) {
            if (erasureLabel(step).toLowerCase(Locale.ROOT).contains(text)) {
                codes.add(step.name());
            }
        }
        for (AuditAction.AccountChange.Kind kind : AuditAction.AccountChange.Kind.values()) {
            if (accountLabel(kind).toLowerCase(Locale.ROOT).contains(text)) {
                codes.add(kind.name());
            }
        }
        return codes;
    }

    private static String erasureLabel(AuditAction.Erasure.Step step) {
        return switch (step) {
            case ERASURE_REQUESTED -> "Erasure requested";
            case ERASURE_WITHDRAWN -> "Erasure request withdrawn";
            case ERASURE_DECLINED -> "Erasure declined";
            case CLIENT_ERASED -> "Record erased: data key destroyed, rows deleted";
        };
    }

    private static String accountLabel(AuditAction.AccountChange.Kind kind) {
        return switch (kind) {
            case SIGN_IN_FAILED -> "Sign-in failed";
            case ACCOUNT_LOCKED -> "Account locked after failed sign-ins";
            case ACCOUNT_UNLOCKED -> "Account unlocked";
            case ACCOUNT_DISABLED -> "Account disabled";
            case ACCOUNT_ENABLED -> "Account re-enabled";
            case FACTOR_ADDED -> "Authenticator app set up";
            case FACTOR_REMOVED -> "Authenticator app removed";
            case RECOVERY_CODES_REGENERATED -> "New recovery codes made";
            case RECOVERY_CODE_USED -> "Recovery code used";
            case SECOND_FACTOR_FAILED -> "Second-factor code refused";
            case STEPPED_UP -> "Identity confirmed again (step-up)";
            case PASSWORD_RESET_WITH_RECOVERY_CODE -> "Password reset with a recovery code";
            case PASSKEY_ADDED -> "Passkey added";
            case PASSKEY_REMOVED -> "Passkey removed";
            case PASSWORD_RESET_ISSUED -> "Password reset link issued";
            case PASSWORD_RESET -> "Password reset through a link";
        };
    }

    private static String practiceLabel(AuditAction.Read read) {
        return switch (read) {
            case ACTIVE_PLANS -> "Active plans";
            case PLAN_LIST -> "Plan list";
            case OWN_PLANS -> "Plans";
            case SESSIONS -> "Sessions";
            case SAFETY_SIGNALS -> "Safety signals";
            case HOMEWORK -> "Homework: assignments, outcomes and shared reflections";
            case RISK_FLAGS -> "Risk flags";
            case SESSION_PREP_PDF -> "Session prep PDF";
            case PLAN_HANDOUT_PDF -> "Plan handout PDF";
            case CONTACT_EVIDENCE_PDF -> "Contact evidence PDF";
            case CONTACT_LOG -> "Contact-attempt log, all records";
            case CONTACT_LOG_VERIFICATION -> "Contact-attempt log verification";
            case CASELOAD_FIGURES -> "Caseload figures";
            case CASELOAD_SUMMARY_PDF -> "Caseload summary PDF";
            case BREAK_GLASS_OPENED -> "Break-glass access opened";
            case WHOLE_JOURNAL -> "Journal, every entry shared";
            case CLIENT_EXPORT -> "Whole-record export (ZIP)";
            case MEASURES -> "Questionnaire scores (PHQ-9, GAD-7, WHO-5)";
        };
    }

    private static String clientWords(AuditAction.Read read) {
        return switch (read) {
            case ACTIVE_PLANS, PLAN_LIST, OWN_PLANS -> "looked at your plan";
            case SESSIONS -> "looked at your session dates";
            case SAFETY_SIGNALS -> "looked at the times you said you didn't feel safe";
            case HOMEWORK -> "looked at your homework and what you shared about it";
            case RISK_FLAGS -> "checked your caseload flags: whether anything in your journal, plan, homework or"
                    + " safety check-ins needs their attention";
            case SESSION_PREP_PDF -> "made a summary to prepare your next session (PDF)";
            case PLAN_HANDOUT_PDF -> "printed your plan (PDF)";
            case CONTACT_EVIDENCE_PDF -> "made a PDF record of your contact-attempt log";
            case CONTACT_LOG -> "read your whole contact-attempt log";
            case CONTACT_LOG_VERIFICATION -> "checked that your contact-attempt log is untouched";
            case CASELOAD_FIGURES -> "looked at your line on their caseload (plan day, check-ins, slips, homework)";
            case CASELOAD_SUMMARY_PDF -> "printed their caseload summary, which has a line about you (PDF)";
            case BREAK_GLASS_OPENED -> "opened your record in an emergency";
            case WHOLE_JOURNAL -> "read every entry you share of your journal";
            case CLIENT_EXPORT -> "exported a copy of your record (ZIP)";
            case MEASURES -> "looked at your questionnaire scores (PHQ-9, GAD-7, WHO-5)";
        };
    }

    private static String day(LocalDate date) {
        return date == null ? "?" : Dates.dayAndMonth(date);
    }
}
