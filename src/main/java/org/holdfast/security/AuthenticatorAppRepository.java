package org.holdfast.security;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.transaction.annotation.Transactional;

interface AuthenticatorAppRepository extends JpaRepository<AuthenticatorApp, Long> {

    /** 1 if {@code step} is later than any step used before (and is now the last used), 0 if it is not: a replay. */
    @Transactional
    @Modifying(clearAutomatically = true, flushAutomatically = true)
    @Query("update AuthenticatorApp a set a.lastUsedStep = :step where a.accountId = :accountId and a.lastUsedStep < :step")
    int markUsed(long accountId, long step);
}
