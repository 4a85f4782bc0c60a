package org.holdfast.audit;

import java.time.Instant;
import java.time.LocalDate;

import org.hibernate.annotations.Immutable;
import org.holdfast.security.AuditAction;
import org.holdfast.security.Role;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * Append-only, three times over: there is no setter; Hibernate treats the entity as
 * {@link Immutable}, so it never writes an UPDATE for it and refuses HQL updates and deletes of it;
 * and {@link AuditEventRepository} offers no delete. Only a person with database access can change
 * a row (see docs in {@code package-info}).
 *
 * <p>What was done is an {@link AuditAction}: its code in {@code action}, its parameters in columns of their
 * own (the period looked at, the plan and version, a text such as the refused attempt). {@link AuditWords}
 * puts it into words. A read of several clients at once (a caseload page) is one row whose clients are
 * listed in {@code audit_event_client}; its {@code client_id} is null, as is a refusal's when no client was named.
 */
@Entity
@Immutable
@Table(name = "audit_event")
public class AuditEvent {

    public static final int ACTION_MAX = 60;
    public static final int ACTION_TEXT_MAX = 200;
    public static final int REASON_MAX = 500;
    public static final int DETAIL_MAX = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(nullable = false, updatable = false)
    private String actor;

    /** Null only on rows written before the name was kept (V7 filled those it could). */
    @Column(name = "actor_name", updatable = false)
    private String actorName;

    @Enumerated(EnumType.STRING)
    @Column(name = "actor_role", updatable = false)
    private Role actorRole;

    @Column(name = "client_id", updatable = false)
    private Long clientId;

    /** The {@link AuditAction#code()}. */
    @Column(nullable = false, updatable = false)
    private String action;

    @Column(name = "period_from", updatable = false)
    private LocalDate periodFrom;

    @Column(name = "period_to", updatable = false)
    private LocalDate periodTo;

    @Column(name = "period_days", updatable = false)
    private Integer periodDays;

    @Column(name = "plan_id", updatable = false)
    private Long planId;

    @Column(name = "plan_version", updatable = false)
    private Integer planVersion;

    /** A text parameter: the insights periods, the refused attempt, or an old sentence no kind matched. */
    @Column(name = "action_text", updatable = false)
    private String actionText;

    @Column(updatable = false)
    private String reason;

    /** What identifies what was read, e.g. "SHA-256 9f2c…" of a PDF handed out; null for most reads. */
    @Column(updatable = false)
    private String detail;

    protected AuditEvent() {
    }

    AuditEvent(Instant occurredAt, String actor, String actorName, Role actorRole, Long clientId, AuditAction action,
            String reason, String detail) {
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.actorName = actorName;
        this.actorRole = actorRole;
        this.clientId = clientId;
        this.action = action.code();
        switch (action) {
            case AuditAction.Read read -> {
            }
            case AuditAction.CheckIns c -> {
                this.periodFrom = c.from();
                this.periodTo = c.to();
            }
            case AuditAction.Journal j -> this.periodDays = j.days();
            case AuditAction.Insights i -> this.actionText = cut(i.periods(), ACTION_TEXT_MAX);
            case AuditAction.Plan plan -> {
                this.planId = plan.planId();
                this.planVersion = plan.version();
            }
            case AuditAction.PlanHistory h -> this.planId = h.planId();
            case AuditAction.Refused r -> this.actionText = cut(r.attempted(), ACTION_TEXT_MAX);
            case AuditAction.Recorded r -> this.actionText = cut(r.sentence(), ACTION_TEXT_MAX);
            case AuditAction.EvidenceRecord r -> this.actionText = r.seq() + " " + r.hash();
            case AuditAction.AccountChange change -> this.actionText = cut(change.account(), ACTION_TEXT_MAX);
            case AuditAction.Erasure erasure -> this.actionText = Long.toString(erasure.request());
        }
        this.reason = cut(reason, REASON_MAX);
        this.detail = cut(detail, DETAIL_MAX);
    }

    /** The action, rebuilt from its code and parameters. */
    public AuditAction action() {
        return rebuild(action, periodFrom, periodTo, periodDays, planId, planVersion, actionText);
    }

    /** An action from its stored columns: the one way back from a row, also for rows read by plain SQL. */
    static AuditAction rebuild(String action, LocalDate periodFrom, LocalDate periodTo, Integer periodDays, Long planId,
            Integer planVersion, String actionText) {
        return switch (action) {
            case AuditAction.CheckIns.CODE -> new AuditAction.CheckIns(periodFrom, periodTo);
            case AuditAction.Journal.CODE -> new AuditAction.Journal(periodDays == null ? 0 : periodDays);
            case AuditAction.Insights.CODE -> new AuditAction.Insights(actionText);
            case AuditAction.Plan.CODE -> new AuditAction.Plan(planId == null ? 0 : planId, planVersion);
            case AuditAction.PlanHistory.CODE -> new AuditAction.PlanHistory(planId == null ? 0 : planId);
            case AuditAction.Refused.CODE -> new AuditAction.Refused(actionText);
            case AuditAction.Recorded.CODE -> new AuditAction.Recorded(actionText);
            case AuditAction.EvidenceRecord.CODE -> new AuditAction.EvidenceRecord(
                    Integer.parseInt(actionText.substring(0, actionText.indexOf(' '))), actionText.substring(actionText.indexOf(' ') + 1));
            default -> read(action, actionText);
        };
    }

    /** A parameterless kind or an account change; a code this version does not know (written by a newer one) is shown as recorded. */
    private static AuditAction read(String code, String actionText) {
        try {
            return AuditAction.Read.valueOf(code);
        } catch (IllegalArgumentException notARead) {
            // not a read: perhaps a change to an account's sign-in
        }
        try {
            return new AuditAction.Erasure(AuditAction.Erasure.Step.valueOf(code), Long.parseLong(actionText));
        } catch (IllegalArgumentException | NullPointerException notAnErasure) {
            // not a step of an erasure: perhaps a change to an account's sign-in
        }
        try {
            return new AuditAction.AccountChange(AuditAction.AccountChange.Kind.valueOf(code), actionText);
        } catch (IllegalArgumentException unknown) {
            return new AuditAction.Recorded(code);
        }
    }

    /** An over-long description must not make the read fail: the read is what matters, then its record. */
    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    public Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }

    public String getActorName() {
        return actorName;
    }

    public Role getActorRole() {
        return actorRole;
    }

    /** "Dr Elena Marsh", or the username for rows from before names were kept. */
    public String readerName() {
        return actorName != null ? actorName : actor;
    }

    /** "Clinician", "Practice manager"; empty when not known. */
    public String readerRole() {
        return actorRole == null ? "" : actorRole.label();
    }

    /** Null for a read of several clients at once (see {@code audit_event_client}) and a refusal naming none. */
    public Long getClientId() {
        return clientId;
    }

    /** What was done, in the practice's words ({@link AuditWords#forPractice}). */
    public String getAction() {
        return AuditWords.forPractice(action());
    }

    public String getReason() {
        return reason;
    }

    public String getDetail() {
        return detail;
    }
}
