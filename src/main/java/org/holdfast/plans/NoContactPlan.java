package org.holdfast.plans;

import org.holdfast.encryption.SealedText;
import org.holdfast.encryption.SealedTextConverter;
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

/**
 * One plan of one client with one person. What other features query (the person, dates, status, risk)
 * are columns; the rest of the agreed content is a JSON document (see {@link PlanJson} for why).
 */
@Entity
@Table(name = "no_contact_plan")
public class NoContactPlan {

    public static final int PERSON_LABEL_MAX = 60;
    public static final int STATUS_REASON_MAX = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "client_id", nullable = false)
    private long clientId;

    /** A label the client chooses ("J.", "my ex"); never needs the person's real name. */
    @jakarta.persistence.Convert(converter = SealedTextConverter.class)
    @Column(name = "person_label", nullable = false, columnDefinition = "longtext")
    private SealedText personLabel;

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

    @Column(name = "review_date")
    private LocalDate reviewDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PlanStatus status;

    /** Why the plan was paused, completed or ended. */
    @jakarta.persistence.Convert(converter = SealedTextConverter.class)
    @Column(name = "status_reason", columnDefinition = "longtext")
    private SealedText statusReason;

    @Enumerated(EnumType.STRING)
    @Column(name = "risk_level", nullable = false)
    private RiskLevel riskLevel = RiskLevel.NONE;

    /**
     * The rest of the plan as JSON. Not {@code @Lob}: H2 in MySQL mode turns {@code longtext} into a
     * large varchar rather than a CLOB, so a plain string over a {@code longtext} column is what
     * validates, and works, on H2 and on MySQL/MariaDB alike.
     */
    @jakarta.persistence.Convert(converter = SealedTextConverter.class)
    @Column(name = "content", columnDefinition = "longtext")
    private SealedText content;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected NoContactPlan() {
    }

    NoContactPlan(long clientId, Instant createdAt) {
        this.clientId = clientId;
        this.createdAt = createdAt;
        this.status = PlanStatus.DRAFT;
    }

    /** Takes the agreed content; the caller has validated it. */
    void apply(PlanContent plan, String document) {
        this.personLabel = SealedText.of(clientId, plan.getPersonLabel());
        this.relationship = plan.getRelationship();
        this.purpose = plan.getPurpose();
        this.startDate = plan.getStartDate();
        this.initialPeriodDays = plan.getInitialPeriodDays();
        this.reviewDate = plan.getReviewDate();
        this.riskLevel = plan.getRiskLevel();
        this.content = SealedText.of(clientId, document);
    }

    void changeStatus(PlanStatus status, String reason) {
        this.status = status;
        this.statusReason = status.needsReason() ? SealedText.of(clientId, reason) : null;
    }

    /** The column-backed parts written into a content object read from the document. */
    PlanContent fillColumns(PlanContent plan) {
        plan.setPersonLabel(SealedText.text(personLabel, clientId));
        plan.setRelationship(relationship);
        plan.setPurpose(purpose);
        plan.setStartDate(startDate);
        plan.setInitialPeriodDays(initialPeriodDays);
        plan.setReviewDate(reviewDate);
        plan.setRiskLevel(riskLevel);
        return plan;
    }

    public Long getId() {
        return id;
    }

    public long getClientId() {
        return clientId;
    }

    public String getPersonLabel() {
        return SealedText.text(personLabel, clientId);
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

    public LocalDate getReviewDate() {
        return reviewDate;
    }

    public PlanStatus getStatus() {
        return status;
    }

    public String getStatusReason() {
        return SealedText.text(statusReason, clientId);
    }

    public RiskLevel getRiskLevel() {
        return riskLevel;
    }

    String getContent() {
        return SealedText.text(content, clientId);
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public long getVersion() {
        return version;
    }
}
