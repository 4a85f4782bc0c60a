package org.holdfast.clients;

import java.time.LocalDateTime;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A session as the clinician enters it; times are in the practice's time zone. */
public class SessionForm {

    public static final int NOTE_MAX = 4000;
    public static final int MINUTES_MIN = 10;
    public static final int MINUTES_MAX = 240;

    @NotNull(message = "Choose the date and time of the session")
    private LocalDateTime startsAt;

    @NotNull(message = "Enter how long the session is, in minutes")
    @Min(value = MINUTES_MIN, message = "A session is at least 10 minutes: enter 10 to 240")
    @Max(value = MINUTES_MAX, message = "A session is at most 240 minutes: enter 10 to 240")
    private Integer durationMinutes = 50;

    @NotNull(message = "Choose the status of the session")
    private SessionStatus status = SessionStatus.SCHEDULED;

    @Size(max = NOTE_MAX, message = "Keep the private note under 4,000 characters")
    private String privateNote;

    public LocalDateTime getStartsAt() {
        return startsAt;
    }

    public void setStartsAt(LocalDateTime startsAt) {
        this.startsAt = startsAt;
    }

    public Integer getDurationMinutes() {
        return durationMinutes;
    }

    public void setDurationMinutes(Integer durationMinutes) {
        this.durationMinutes = durationMinutes;
    }

    public SessionStatus getStatus() {
        return status;
    }

    public void setStatus(SessionStatus status) {
        this.status = status;
    }

    public String getPrivateNote() {
        return privateNote;
    }

    public void setPrivateNote(String privateNote) {
        this.privateNote = privateNote;
    }
}
