package org.holdfast.clients;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface TherapySessionRepository extends JpaRepository<TherapySession, Long> {

    List<TherapySession> findByClientIdOrderByStartsAtDesc(long clientId);

    @Query("""
            select new org.holdfast.clients.SessionDates(s.clientId,
                   max(case when s.status = org.holdfast.clients.SessionStatus.HELD and s.startsAt <= :now then s.startsAt end),
                   min(case when s.status = org.holdfast.clients.SessionStatus.SCHEDULED and s.startsAt > :now then s.startsAt end))
            from TherapySession s
            where s.clientId in :clientIds
            group by s.clientId""")
    List<SessionDates> datesFor(@Param("clientIds") Collection<Long> clientIds, @Param("now") Instant now);
}
