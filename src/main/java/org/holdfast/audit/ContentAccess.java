package org.holdfast.audit;

import org.holdfast.shared.Dates;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One line of "who looked at my journal", as the client reads it: a person and a role, never a
 * username; what they did, in plain words that follow their name ("looked at your plan"); and the
 * reason when the practice manager had to break the glass.
 */
public record ContentAccess(Instant at, String who, String role, String what, String reason) {

    private static final Pattern CHECK_INS = Pattern.compile("Check-ins (\\d{4}-\\d{2}-\\d{2}) to (\\d{4}-\\d{2}-\\d{2})");
    private static final Pattern INSIGHTS = Pattern.compile("Insights \\((.+)\\)");
    private static final String LOOKED_AT = "looked at ";

    static ContentAccess of(AuditEvent event) {
        return new ContentAccess(event.getOccurredAt(), event.readerName(), event.readerRole(), plain(event.getAction()),
                event.getReason());
    }

    /**
     * The audit log names reads for the practice ("Plan 12 version 3"); the client is told what was done
     * in their words, as what follows the reader's name ("looked at your plan"). Anything not recognised is
     * shown as recorded, so nothing is ever hidden.
     */
    static String plain(String action) {
        Matcher checkIns = CHECK_INS.matcher(action);
        if (checkIns.matches()) {
            try {
                return "looked at your check-ins from " + Dates.dayAndMonth(LocalDate.parse(checkIns.group(1))) + " to "
                        + Dates.dayAndMonth(LocalDate.parse(checkIns.group(2)));
            } catch (DateTimeParseException e) {
                return LOOKED_AT + action;
            }
        }
        Matcher insights = INSIGHTS.matcher(action);
        if (insights.matches()) {
            return "looked at patterns in your journal" + switch (insights.group(1)) {
                case "since last session" -> " since your last session";
                case "whole plan" -> " since your plan began";
                case "30 days", "90 days" -> " over the last " + insights.group(1);
                default -> " (" + insights.group(1) + ")";
            };
        }
        String fixed = switch (action) {
            case "Risk flags" -> "checked your caseload flags: whether anything in your journal, plan, homework or"
                    + " safety check-ins needs their attention";
            case "Session prep PDF" -> "made a summary to prepare your next session (PDF)";
            case "Plan handout PDF" -> "printed your plan (PDF)";
            case "Contact evidence PDF" -> "made a PDF record of your contact-attempt log";
            case "Contact-attempt log, all records" -> "read your whole contact-attempt log";
            case "Contact-attempt log verification" -> "checked that your contact-attempt log is untouched";
            case "Journal, last 90 days" -> "looked at what you share of your journal (the last 90 days)";
            case "Sessions" -> "looked at your session dates";
            case "Caseload figures" -> "looked at your line on their caseload (plan day, check-ins, slips, homework)";
            case "Caseload summary PDF" -> "printed their caseload summary, which has a line about you (PDF)";
            case "Safety signals" -> "looked at the times you said you didn't feel safe";
            case "Break-glass access opened" -> "opened your record in an emergency";
            default -> null;
        };
        if (fixed != null) {
            return fixed;
        }
        if (action.startsWith("Plan history")) {
            return "looked at the changes made to your plan";
        }
        if (action.startsWith("Plan") || action.equals("Active plans")) {
            return "looked at your plan";
        }
        if (action.startsWith("Homework")) {
            return "looked at your homework and what you shared about it";
        }
        return LOOKED_AT + action;
    }
}
