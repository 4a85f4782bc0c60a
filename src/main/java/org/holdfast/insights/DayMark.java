package org.holdfast.insights;

import java.time.LocalDate;

/** One day of the plan on the client's calendar. */
public record DayMark(LocalDate date, boolean checkedIn, boolean slipped, int urgesResisted) {

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
        return parts;
    }
}
