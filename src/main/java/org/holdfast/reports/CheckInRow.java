package org.holdfast.reports;

import org.holdfast.journal.CheckInEntry;
import org.holdfast.shared.Dates;

/** One table row of the session prep report. A JavaBean: Jasper reads getters, not record components. */
public class CheckInRow {

    private final String date;
    private final Integer mood;
    private final Integer urge;
    private final String slipped;
    private final String note;

    CheckInRow(CheckInEntry entry) {
        this.date = Dates.formatWithWeekday(entry.date());
        this.mood = entry.mood();
        this.urge = entry.urge();
        this.slipped = entry.slipped() ? "Slip" : "";
        this.note = entry.note();
    }

    public String getDate() {
        return date;
    }

    public Integer getMood() {
        return mood;
    }

    public Integer getUrge() {
        return urge;
    }

    public String getSlipped() {
        return slipped;
    }

    public String getNote() {
        return note;
    }
}
