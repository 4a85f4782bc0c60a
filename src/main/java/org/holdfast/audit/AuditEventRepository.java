package org.holdfast.audit;

import java.time.Instant;
import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * Deliberately not a JpaRepository: it inherits no delete, deleteAll or saveAll, so the application's
 * own code has no way to remove an audit row. {@code save} is for new rows; the entity has no setters
 * and is {@code @Immutable}, so "saving over" an existing row changes nothing.
 */
interface AuditEventRepository extends Repository<AuditEvent, Long> {

    AuditEvent save(AuditEvent event);

    long count();

    List<AuditEvent> findByClientIdOrderByOccurredAtDesc(long clientId);

    /** Rows of one client written by anyone but {@code actor} (the client's own PDF downloads are recorded too). */
    Slice<AuditEvent> findByClientIdAndActorNotOrderByOccurredAtDescIdDesc(long clientId, String actor, Pageable pageable);

    /** Every filter is optional (null); the text filters are lower-case LIKE patterns. */
    @Query("""
            select e from AuditEvent e
            where (:clientId is null or e.clientId = :clientId)
              and (:actor is null or lower(e.actor) like :actor or lower(e.actorName) like :actor)
              and (:action is null or lower(e.action) like :action)
              and (:from is null or e.occurredAt >= :from)
              and (:to is null or e.occurredAt < :to)
            order by e.occurredAt desc, e.id desc""")
    Slice<AuditEvent> search(Long clientId, String actor, String action, Instant from, Instant to, Pageable pageable);
}
