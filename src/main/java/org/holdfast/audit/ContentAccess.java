package org.holdfast.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One line of "who looked at my journal", as the client reads it: a person and a role, never a
 * username; what they opened, in plain words; and the reason when the practice manager had to break
 * the glass.
 */
public record ContentAccess(Instant at, String who, String role, String what, String reason) {

    private static final Pattern CHECK_INS = Pattern.compile("Check-ins (\\d{4}-\\d{2}-\\d{2}) to (\\d{4}-\\d{2}-\\d{2})");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);

    static ContentAccess of(AuditEvent event) {
        return new ContentAccess(event.getOccurredAt(), event.readerName(), event.readerRole(), plain(event.getAction()),
                event.getReason());
    }

    /**
     * The audit log names reads for the practice ("Plan 12 version 3"); the client is told the same in
     * their words. Anything not recognised is shown as recorded, so nothing is ever hidden.
     */
    static String plain(String action) {
        Matcher checkIns = CHECK_INS.matcher(action);
        if (checkIns.matches()) {
            try {
                return "your check-ins from " + DAY.format(LocalDate.parse(checkIns.group(1))) + " to "
                        + DAY.format(LocalDate.parse(checkIns.group(2)));
            } catch (DateTimeParseException e) {
                return action;
            }
        }
        if (action.startsWith("Plan history")) {
            return "the changes made to your plan";
        }
        if (action.startsWith("Plan") || action.equals("Active plans")) {
            return "your plan";
        }
        if (action.startsWith("Homework")) {
            return "your homework and what you shared about it";
        }
        return switch (action) {
            case "Session prep PDF" -> "a summary to prepare your session (PDF)";
            case "Plan handout PDF" -> "your plan, as a PDF to print";
            case "Contact evidence PDF", "Contact-attempt log, all records" -> "your contact-attempt log, as a PDF record";
            case "Sessions" -> "your session dates";
            case "Caseload figures" -> "your line on their caseload (plan day, check-ins, slips, homework)";
            case "Safety signals" -> "the times you said you didn't feel safe";
            case "Break-glass access opened" -> "opened your record in an emergency";
            default -> action;
        };
    }
}
