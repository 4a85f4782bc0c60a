package org.holdfast.security;

import java.time.Instant;
import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface SignInEventRepository extends JpaRepository<SignInEvent, Long> {

    List<SignInEvent> findByAccountIdOrderByOccurredAtDescIdDesc(long accountId, Pageable pageable);

    @Modifying
    @Query("delete from SignInEvent e where e.accountId = :accountId and e.occurredAt < :before")
    void deleteOlderThan(long accountId, Instant before);
}
