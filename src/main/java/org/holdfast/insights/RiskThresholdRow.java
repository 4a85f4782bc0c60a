package org.holdfast.insights;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** The single row of the practice's risk thresholds (id 1, inserted by V10). */
@Entity
@Table(name = "risk_thresholds")
class RiskThresholdRow {

    static final int ID = 1;

    @Id
    private int id;

    @Column(name = "slips_in_window", nullable = false)
    private int slipsInWindow;

    @Column(name = "slip_window_days", nullable = false)
    private int slipWindowDays;

    @Column(name = "urge_rise", nullable = false, precision = 3, scale = 1)
    private BigDecimal urgeRise;

    @Column(name = "quiet_days", nullable = false)
    private int quietDays;

    @Column(name = "high_risk_days", nullable = false)
    private int highRiskDays;

    @Column(name = "escalation_factor", nullable = false, precision = 3, scale = 1)
    private BigDecimal escalationFactor;

    @Column(name = "escalation_minimum", nullable = false)
    private int escalationMinimum;

    @Column(name = "threat_safety_at_or_below", nullable = false)
    private int threatSafetyAtOrBelow;

    @Column(name = "homework_overdue", nullable = false)
    private int homeworkOverdue;

    @Column(name = "changed_at")
    private Instant changedAt;

    @Column(name = "changed_by", length = 120)
    private String changedBy;

    @Version
    private long version;

    protected RiskThresholdRow() {
    }

    RiskThresholds toThresholds() {
        RiskThresholds t = new RiskThresholds();
        t.setSlipsInWindow(slipsInWindow);
        t.setSlipWindowDays(slipWindowDays);
        t.setUrgeRise(urgeRise);
        t.setQuietDays(quietDays);
        t.setHighRiskDays(highRiskDays);
        t.setEscalationFactor(escalationFactor);
        t.setEscalationMinimum(escalationMinimum);
        t.setThreatSafetyAtOrBelow(threatSafetyAtOrBelow);
        t.setHomeworkOverdue(homeworkOverdue);
        return t;
    }

    void apply(RiskThresholds t, String by, Instant at) {
        slipsInWindow = t.getSlipsInWindow();
        slipWindowDays = t.getSlipWindowDays();
        urgeRise = t.getUrgeRise();
        quietDays = t.getQuietDays();
        highRiskDays = t.getHighRiskDays();
        escalationFactor = t.getEscalationFactor();
        escalationMinimum = t.getEscalationMinimum();
        threatSafetyAtOrBelow = t.getThreatSafetyAtOrBelow();
        homeworkOverdue = t.getHomeworkOverdue();
        changedBy = by;
        changedAt = at;
    }

    Instant getChangedAt() {
        return changedAt;
    }

    String getChangedBy() {
        return changedBy;
    }
}
