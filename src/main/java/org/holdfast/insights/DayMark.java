package org.holdfast.insights;

import java.time.LocalDate;

/** One day of the plan on the client's calendar. */
public record DayMark(LocalDate date, boolean checkedIn, boolean slipped, int urgesResisted, int contactAttempts) {

    /** What a screen reader hears and what the cell says, in words, not only in colour. */
    public String words() {
        if (slipped) {
            return "slip";
        }
        String parts = checkedIn ? "checked in" : "";
        if (urgesResisted > 0) {
            String urges = urgesResisted == 1 ? "urge ridden out" : urgesResisted + " urges ridden out";
            parts = parts.isEmpty() ? urges : parts + ", " + urges;
        }
        if (contactAttempts > 0) {
            String attempts = contactAttempts == 1 ? "they tried to make contact" : "they tried " + contactAttempts + " times";
            parts = parts.isEmpty() ? attempts : parts + ", " + attempts;
        }
        return parts;
    }
}
