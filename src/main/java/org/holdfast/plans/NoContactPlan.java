package org.holdfast.plans;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

@Entity
@Table(name = "no_contact_plan")
public class NoContactPlan {

    public static final int PERSON_LABEL_MAX = 60;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "client_id", nullable = false)
    private long clientId;

    /** A label the client chooses ("J.", "my ex"); never needs the person's real name. */
    @Column(name = "person_label", nullable = false, length = PERSON_LABEL_MAX)
    private String personLabel;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Relationship relationship;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PlanPurpose purpose;

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    /** Null for an open-ended plan. */
    @Column(name = "initial_period_days")
    private Integer initialPeriodDays;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PlanStatus status;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected NoContactPlan() {
    }

    public Long getId() {
        return id;
    }

    public long getClientId() {
        return clientId;
    }

    public String getPersonLabel() {
        return personLabel;
    }

    public Relationship getRelationship() {
        return relationship;
    }

    public PlanPurpose getPurpose() {
        return purpose;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public Integer getInitialPeriodDays() {
        return initialPeriodDays;
    }

    public PlanStatus getStatus() {
        return status;
    }
}
