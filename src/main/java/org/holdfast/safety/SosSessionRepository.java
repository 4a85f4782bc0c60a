package org.holdfast.safety;

import java.time.Instant;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface SosSessionRepository extends JpaRepository<SosSession, Long> {

    List<SosSession> findByClientIdAndStartedAtBetweenOrderByStartedAtAsc(long clientId, Instant from, Instant to);
}
