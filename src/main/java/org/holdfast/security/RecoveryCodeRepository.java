package org.holdfast.security;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.transaction.annotation.Transactional;

interface RecoveryCodeRepository extends JpaRepository<RecoveryCode, Long> {

    Optional<RecoveryCode> findByAccountIdAndCodeHash(long accountId, String codeHash);

    long countByAccountIdAndUsedAtIsNull(long accountId);

    List<RecoveryCode> findByAccountId(long accountId);

    /** 1 if the code was unused and is now used, 0 if it had been used already. */
    @Transactional
    @Modifying(clearAutomatically = true, flushAutomatically = true)
    @Query("update RecoveryCode c set c.usedAt = :at where c.id = :id and c.usedAt is null")
    int markUsed(long id, Instant at);

    @Modifying(flushAutomatically = true)
    @Query("delete from RecoveryCode c where c.accountId = :accountId")
    void deleteByAccount(long accountId);
}
