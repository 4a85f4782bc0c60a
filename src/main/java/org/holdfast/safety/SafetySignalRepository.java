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
     * Open signals of these clients, in one query for a whole caseload. Deliberately reads nothing but this
     * table: a safety signal is shared whatever the client's consent level, so no consent is consulted.
     */
    @Query("select s from SafetySignal s where s.clientId in :clientIds and s.resolvedAt is null")
    List<SafetySignal> openFor(Collection<Long> clientIds);
}
