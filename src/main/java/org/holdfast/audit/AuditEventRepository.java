package org.holdfast.audit;

import java.time.Instant;
import java.util.Collection;
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

    java.util.Optional<AuditEvent> findById(long id);

    /** Every row about one client: its own rows and the reads of several clients that named it. */
    @Query("""
            select e from AuditEvent e
            where e.clientId = :clientId
               or e.id in (select c.eventId from AuditEventClient c where c.clientId = :clientId)
            order by e.occurredAt desc, e.id desc""")
    List<AuditEvent> aboutClient(long clientId);

    /**
     * What the client is shown as "Who has looked": rows about them written by anyone but {@code actor} (the
     * client's own PDF downloads are recorded too), caseload reads that named them included, refusals left out
     * (nothing was seen, and the one refused may be another client), and so are records added to the verifiable log.
     */
    @Query("""
            select e from AuditEvent e
            where (e.clientId = :clientId
                   or e.id in (select c.eventId from AuditEventClient c where c.clientId = :clientId))
              and e.actor <> :actor and e.action <> 'REFUSED' and e.action <> 'EVIDENCE_RECORD'
            order by e.occurredAt desc, e.id desc""")
    Slice<AuditEvent> lookedAt(long clientId, String actor, Pageable pageable);

    /**
     * Every filter is optional (null); the actor filter and {@code text} are lower-case LIKE patterns. What was
     * done matches by kind ({@code codes}, the kinds whose words contain what was typed) or by the row's own text.
     */
    @Query("""
            select e from AuditEvent e
            where (:clientId is null or e.clientId = :clientId
                   or e.id in (select c.eventId from AuditEventClient c where c.clientId = :clientId))
              and (:actor is null or lower(e.actor) like :actor or lower(e.actorName) like :actor)
              and (:text is null or e.action in :codes or lower(e.actionText) like :text)
              and (:from is null or e.occurredAt >= :from)
              and (:to is null or e.occurredAt < :to)
            order by e.occurredAt desc, e.id desc""")
    Slice<AuditEvent> search(Long clientId, String actor, String text, Collection<String> codes, Instant from,
            Instant to, Pageable pageable);

    /** The clients named by reads of several clients, for the given rows. */
    @Query("select c from AuditEventClient c where c.eventId in :eventIds")
    List<AuditEventClient> clientsOf(Collection<Long> eventIds);
}
