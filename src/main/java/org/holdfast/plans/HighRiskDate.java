package org.holdfast.plans;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** An anniversary, a birthday, a holiday, a first without them: a day to plan for. */
public class HighRiskDate {

    public static final int LABEL_MAX = 80;

    @NotBlank(message = "Say what the day is, for example \"our anniversary\"")
    @Size(max = LABEL_MAX, message = "Keep the label to 80 characters or fewer")
    private String label;

    @NotNull(message = "Pick the date")
    private LocalDate date;

    /** Comes back every year on the same day (a birthday), rather than once (a court date). */
    private boolean yearly;

    public HighRiskDate() {
    }

    public HighRiskDate(String label, LocalDate date, boolean yearly) {
        this.label = label;
        this.date = date;
        this.yearly = yearly;
    }

    /** The next time this date comes round on or after {@code today}; null for a one-off in the past. */
    public LocalDate nextOccurrence(LocalDate today) {
        if (date == null) {
            return null;
        }
        if (!yearly) {
            return date.isBefore(today) ? null : date;
        }
        MonthDay day = MonthDay.from(date);
        LocalDate thisYear = day.atYear(today.getYear());
        return thisYear.isBefore(today) ? day.atYear(today.getYear() + 1) : thisYear;
    }

    /** Days until the next occurrence, or -1 if there is none. */
    public long daysUntil(LocalDate today) {
        LocalDate next = nextOccurrence(today);
        return next == null ? -1 : ChronoUnit.DAYS.between(today, next);
    }

    public String getLabel() {
        return label;
    }

    public void setLabel(String label) {
        this.label = label;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public boolean isYearly() {
        return yearly;
    }

    public void setYearly(boolean yearly) {
        this.yearly = yearly;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof HighRiskDate d && yearly == d.yearly && Objects.equals(label, d.label)
                && Objects.equals(date, d.date);
    }

    @Override
    public int hashCode() {
        return Objects.hash(label, date, yearly);
    }
}
