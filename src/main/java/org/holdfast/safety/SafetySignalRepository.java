package org.holdfast.safety;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SafetySignalRepository extends JpaRepository<SafetySignal, Long> {

    List<SafetySignal> findByClientIdOrderByRaisedAtDesc(long clientId);

    Optional<SafetySignal> findFirstByClientIdAndResolvedAtIsNullOrderByRaisedAtDesc(long clientId);

    /**
     * Open signals per client, in one query for a whole caseload. Deliberately reads nothing but this
     * table: a safety signal is shared whatever the client's consent level, so no consent is consulted.
     */
    @Query("""
            select new org.holdfast.safety.SafetyFlag(s.clientId, count(s), min(s.raisedAt))
            from SafetySignal s
            where s.clientId in :clientIds and s.resolvedAt is null
            group by s.clientId""")
    List<SafetyFlag> openFor(Collection<Long> clientIds);
}
