package org.holdfast.plans;

import org.holdfast.encryption.SealedText;
import org.holdfast.encryption.SealedTextConverter;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One saved state of a plan, kept for good: who changed what and when, with the whole plan as it then was. */
@Entity
@Table(name = "plan_version")
class PlanVersion {

    static final int SUMMARY_MAX = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "plan_id", nullable = false)
    private long planId;

    @Column(name = "version_no", nullable = false)
    private int versionNo;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    /** Account id of whoever saved; the name is kept too, as it read then. */
    @Column(name = "changed_by", nullable = false)
    private long changedBy;

    @Column(name = "changed_by_name", nullable = false, length = 120)
    private String changedByName;

    /** One line on what changed; it can repeat a status reason, so it is stored encrypted like the snapshot. */
    @jakarta.persistence.Convert(converter = SealedTextConverter.class)
    @Column(nullable = false, columnDefinition = "longtext")
    private SealedText summary;

    /** The whole plan as JSON, encrypted under the client's key, as in {@link NoContactPlan} (see there why JSON). */
    @jakarta.persistence.Convert(converter = SealedTextConverter.class)
    @Column(nullable = false, columnDefinition = "longtext")
    private SealedText snapshot;

    protected PlanVersion() {
    }

    /** @param clientId whose plan it is: the snapshot is stored encrypted under their key */
    PlanVersion(long planId, long clientId, int versionNo, Instant changedAt, long changedBy, String changedByName,
            String summary, String snapshot) {
        this.planId = planId;
        this.versionNo = versionNo;
        this.changedAt = changedAt;
        this.changedBy = changedBy;
        this.changedByName = changedByName;
        this.summary = SealedText.of(clientId, summary.length() > SUMMARY_MAX ? summary.substring(0, SUMMARY_MAX) : summary);
        this.snapshot = SealedText.of(clientId, snapshot);
    }

    long getPlanId() {
        return planId;
    }

    int getVersionNo() {
        return versionNo;
    }

    long getChangedBy() {
        return changedBy;
    }

    String getSnapshot() {
        return SealedText.text(snapshot);
    }

    PlanVersionSummary toSummary() {
        return new PlanVersionSummary(versionNo, changedAt, changedBy, changedByName, SealedText.text(summary));
    }
}
