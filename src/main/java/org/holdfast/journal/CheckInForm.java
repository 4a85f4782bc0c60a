package org.holdfast.journal;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What the client fills in on Today. The same rules run in the form and again in the service. */
public class CheckInForm {

    public static final int NOTE_MAX = 2000;

    @NotNull(message = "Pick a number for your mood, from 1 (very low) to 10 (very good)")
    @Min(value = 1, message = "Mood goes from 1 (very low) to 10 (very good)")
    @Max(value = 10, message = "Mood goes from 1 (very low) to 10 (very good)")
    private Integer mood;

    @NotNull(message = "Pick a number for the urge to make contact, from 0 (none) to 10 (overwhelming)")
    @Min(value = 0, message = "Urge goes from 0 (none) to 10 (overwhelming)")
    @Max(value = 10, message = "Urge goes from 0 (none) to 10 (overwhelming)")
    private Integer urge;

    private boolean slipped;

    @Size(max = NOTE_MAX, message = "Notes can be up to 2,000 characters. Nothing is lost: shorten it a little and save again")
    private String note;

    public Integer getMood() {
        return mood;
    }

    public void setMood(Integer mood) {
        this.mood = mood;
    }

    public Integer getUrge() {
        return urge;
    }

    public void setUrge(Integer urge) {
        this.urge = urge;
    }

    public boolean isSlipped() {
        return slipped;
    }

    public void setSlipped(boolean slipped) {
        this.slipped = slipped;
    }

    /** Null means "as my sharing level says". */
    private Boolean shared;

    public Boolean getShared() {
        return shared;
    }

    public void setShared(Boolean shared) {
        this.shared = shared;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    static CheckInForm of(CheckIn checkIn) {
        CheckInForm form = new CheckInForm();
        form.mood = checkIn.getMood();
        form.urge = checkIn.getUrge();
        form.slipped = checkIn.isSlipped();
        form.note = checkIn.getNote();
        form.shared = checkIn.isShared();
        return form;
    }
}
