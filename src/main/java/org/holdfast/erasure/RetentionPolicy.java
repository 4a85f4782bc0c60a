package org.holdfast.erasure;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** The practice's one retention rule (row 1): how many years after discharge a record is kept. */
@Entity
@Table(name = "retention_policy")
class RetentionPolicy {

    static final int MIN_YEARS = 1;
    static final int MAX_YEARS = 100;

    @Id
    private Integer id;

    @Column(name = "years_after_discharge", nullable = false)
    private int yearsAfterDischarge;

    @Column(name = "changed_by")
    private String changedBy;

    @Column(name = "changed_at")
    private Instant changedAt;

    @Version
    private long version;

    protected RetentionPolicy() {
    }

    void change(int years, String by, Instant at) {
        this.yearsAfterDischarge = years;
        this.changedBy = by;
        this.changedAt = at;
    }

    int getYearsAfterDischarge() {
        return yearsAfterDischarge;
    }

    String getChangedBy() {
        return changedBy;
    }

    Instant getChangedAt() {
        return changedAt;
    }
}
