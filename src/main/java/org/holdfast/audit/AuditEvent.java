package org.holdfast.audit;

import java.time.Instant;

import org.hibernate.annotations.Immutable;
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
 */
@Entity
@Immutable
@Table(name = "audit_event")
public class AuditEvent {

    public static final int ACTION_MAX = 60;
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

    @Column(name = "client_id", nullable = false, updatable = false)
    private long clientId;

    @Column(nullable = false, updatable = false)
    private String action;

    @Column(updatable = false)
    private String reason;

    /** What identifies what was read, e.g. "SHA-256 9f2c…" of a PDF handed out; null for most reads. */
    @Column(updatable = false)
    private String detail;

    protected AuditEvent() {
    }

    AuditEvent(Instant occurredAt, String actor, String actorName, Role actorRole, long clientId, String action,
            String reason, String detail) {
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.actorName = actorName;
        this.actorRole = actorRole;
        this.clientId = clientId;
        this.action = cut(action, ACTION_MAX);
        this.reason = cut(reason, REASON_MAX);
        this.detail = cut(detail, DETAIL_MAX);
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

    public long getClientId() {
        return clientId;
    }

    public String getAction() {
        return action;
    }

    public String getReason() {
        return reason;
    }

    public String getDetail() {
        return detail;
    }
}
