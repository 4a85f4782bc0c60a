package org.holdfast.integrity;

import java.time.Instant;

import org.hibernate.annotations.Immutable;
import org.holdfast.audit.LogCheck;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One run of the record check, as it ended. */
@Entity
@Immutable
@Table(name = "integrity_check")
public class IntegrityCheck {

    static final int PROBLEM_MAX = 500;
    /** Who asked when nobody did: the daily run. */
    static final String DAILY = "daily check";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "checked_at", nullable = false)
    private Instant checkedAt;

    @Column(nullable = false)
    private boolean intact;

    @Column(nullable = false)
    private long events;

    @Column(nullable = false)
    private long heads;

    @Column(nullable = false)
    private long records;

    private String problem;

    @Column(name = "requested_by", nullable = false)
    private String requestedBy;

    protected IntegrityCheck() {
    }

    IntegrityCheck(LogCheck check, String requestedBy) {
        this.checkedAt = check.checkedAt();
        this.intact = check.intact();
        this.events = check.events();
        this.heads = check.heads();
        this.records = check.records();
        this.problem = check.problem() == null ? null
                : check.problem().length() > PROBLEM_MAX ? check.problem().substring(0, PROBLEM_MAX) : check.problem();
        this.requestedBy = requestedBy;
    }

    public Instant checkedAt() {
        return checkedAt;
    }

    public boolean intact() {
        return intact;
    }

    public long events() {
        return events;
    }

    public long heads() {
        return heads;
    }

    public long records() {
        return records;
    }

    public String problem() {
        return problem;
    }

    public String requestedBy() {
        return requestedBy;
    }
}
