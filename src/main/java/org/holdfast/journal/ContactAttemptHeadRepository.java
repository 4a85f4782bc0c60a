package org.holdfast.journal;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import jakarta.persistence.LockModeType;

interface ContactAttemptHeadRepository extends JpaRepository<ContactAttemptHead, Long> {

    /** Locks the head so that two appends for one client take turns and never share a seq. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select h from ContactAttemptHead h where h.clientId = :clientId")
    Optional<ContactAttemptHead> lockFor(@Param("clientId") long clientId);
}
