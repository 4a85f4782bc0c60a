package org.holdfast.insights;

import java.math.BigDecimal;

import org.holdfast.journal.JournalRollups;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * When the caseload raises a risk flag: the practice's settings, edited by the practice manager.
 * A form bean (getters and setters) so the settings page binds it with bean validation.
 */
public class RiskThresholds {

    @NotNull(message = "Enter how many slips raise the flag")
    @Min(value = 1, message = "At least 1 slip")
    @Max(value = 20, message = "At most 20 slips")
    private Integer slipsInWindow;

    @NotNull(message = "Enter the number of days")
    @Min(value = 1, message = "At least 1 day")
    @Max(value = JournalRollups.MAX_SLIP_DAYS, message = "At most " + JournalRollups.MAX_SLIP_DAYS + " days")
    private Integer slipWindowDays;

    @NotNull(message = "Enter how much the urge average must rise")
    @DecimalMin(value = "0.5", message = "At least 0.5 points")
    @DecimalMax(value = "10.0", message = "At most 10 points: urges go from 0 to 10")
    @Digits(integer = 2, fraction = 1, message = "One decimal place, e.g. 2.0")
    private BigDecimal urgeRise;

    @NotNull(message = "Enter the number of days")
    @Min(value = 1, message = "At least 1 day")
    @Max(value = 28, message = "At most 28 days")
    private Integer quietDays;

    @NotNull(message = "Enter the number of days")
    @Min(value = 0, message = "0 (only today) or more")
    @Max(value = 60, message = "At most 60 days")
    private Integer highRiskDays;

    @NotNull(message = "Enter how many times the usual weekly number")
    @DecimalMin(value = "1.0", message = "At least 1.0 times")
    @DecimalMax(value = "10.0", message = "At most 10 times")
    @Digits(integer = 2, fraction = 1, message = "One decimal place, e.g. 2.0")
    private BigDecimal escalationFactor;

    @NotNull(message = "Enter the fewest attempts in a week that can count as escalating")
    @Min(value = 1, message = "At least 1 attempt")
    @Max(value = 50, message = "At most 50 attempts")
    private Integer escalationMinimum;

    @NotNull(message = "Enter a safety rating from 0 to 10")
    @Min(value = 0, message = "Safety ratings go from 0 (not safe at all) to 10")
    @Max(value = 10, message = "Safety ratings go from 0 to 10 (completely safe)")
    private Integer threatSafetyAtOrBelow;

    @NotNull(message = "Enter how many overdue tasks raise the flag")
    @Min(value = 1, message = "At least 1")
    @Max(value = 50, message = "At most 50")
    private Integer homeworkOverdue;

    /** The practice's starting values, the same as the row V10 inserts. */
    public static RiskThresholds defaults() {
        RiskThresholds t = new RiskThresholds();
        t.slipsInWindow = 2;
        t.slipWindowDays = 7;
        t.urgeRise = new BigDecimal("2.0");
        t.quietDays = 3;
        t.highRiskDays = 7;
        t.escalationFactor = new BigDecimal("2.0");
        t.escalationMinimum = 2;
        t.threatSafetyAtOrBelow = 3;
        t.homeworkOverdue = 1;
        return t;
    }

    public RiskThresholds copy() {
        RiskThresholds t = new RiskThresholds();
        t.slipsInWindow = slipsInWindow;
        t.slipWindowDays = slipWindowDays;
        t.urgeRise = urgeRise;
        t.quietDays = quietDays;
        t.highRiskDays = highRiskDays;
        t.escalationFactor = escalationFactor;
        t.escalationMinimum = escalationMinimum;
        t.threatSafetyAtOrBelow = threatSafetyAtOrBelow;
        t.homeworkOverdue = homeworkOverdue;
        return t;
    }

    public Integer getSlipsInWindow() {
        return slipsInWindow;
    }

    public void setSlipsInWindow(Integer slipsInWindow) {
        this.slipsInWindow = slipsInWindow;
    }

    public Integer getSlipWindowDays() {
        return slipWindowDays;
    }

    public void setSlipWindowDays(Integer slipWindowDays) {
        this.slipWindowDays = slipWindowDays;
    }

    public BigDecimal getUrgeRise() {
        return urgeRise;
    }

    public void setUrgeRise(BigDecimal urgeRise) {
        this.urgeRise = urgeRise;
    }

    public Integer getQuietDays() {
        return quietDays;
    }

    public void setQuietDays(Integer quietDays) {
        this.quietDays = quietDays;
    }

    public Integer getHighRiskDays() {
        return highRiskDays;
    }

    public void setHighRiskDays(Integer highRiskDays) {
        this.highRiskDays = highRiskDays;
    }

    public BigDecimal getEscalationFactor() {
        return escalationFactor;
    }

    public void setEscalationFactor(BigDecimal escalationFactor) {
        this.escalationFactor = escalationFactor;
    }

    public Integer getEscalationMinimum() {
        return escalationMinimum;
    }

    public void setEscalationMinimum(Integer escalationMinimum) {
        this.escalationMinimum = escalationMinimum;
    }

    public Integer getThreatSafetyAtOrBelow() {
        return threatSafetyAtOrBelow;
    }

    public void setThreatSafetyAtOrBelow(Integer threatSafetyAtOrBelow) {
        this.threatSafetyAtOrBelow = threatSafetyAtOrBelow;
    }

    public Integer getHomeworkOverdue() {
        return homeworkOverdue;
    }

    public void setHomeworkOverdue(Integer homeworkOverdue) {
        this.homeworkOverdue = homeworkOverdue;
    }
}
