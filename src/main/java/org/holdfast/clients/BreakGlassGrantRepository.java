package org.holdfast.clients;

import java.time.Instant;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface BreakGlassGrantRepository extends JpaRepository<BreakGlassGrant, Long> {

    Optional<BreakGlassGrant> findFirstByAccountIdAndClientIdAndExpiresAtAfterOrderByExpiresAtDesc(long accountId,
            long clientId, Instant now);
}
