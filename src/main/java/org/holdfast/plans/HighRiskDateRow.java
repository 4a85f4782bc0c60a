package org.holdfast.plans;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A plan's high-risk date mirrored into a table of its own, rewritten on every save, so that
 * "who faces a high-risk date this week" is one query over a caseload instead of parsing every plan.
 * The plan's content stays the source of truth.
 */
@Entity
@Table(name = "plan_high_risk_date")
class HighRiskDateRow {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "plan_id", nullable = false)
    private long planId;

    @Column(name = "client_id", nullable = false)
    private long clientId;

    @jakarta.persistence.Convert(converter = org.holdfast.encryption.SealedTextConverter.class)
    @Column(nullable = false, columnDefinition = "longtext")
    private org.holdfast.encryption.SealedText label;

    @Column(name = "risk_date", nullable = false)
    private LocalDate riskDate;

    @Column(nullable = false)
    private boolean yearly;

    protected HighRiskDateRow() {
    }

    HighRiskDateRow(long planId, long clientId, HighRiskDate date) {
        this.planId = planId;
        this.clientId = clientId;
        this.label = org.holdfast.encryption.SealedText.of(clientId, date.getLabel());
        this.riskDate = date.getDate();
        this.yearly = date.isYearly();
    }

    long getPlanId() {
        return planId;
    }

    long getClientId() {
        return clientId;
    }

    HighRiskDate toDate() {
        return new HighRiskDate(org.holdfast.encryption.SealedText.text(label, clientId), riskDate, yearly);
    }
}
