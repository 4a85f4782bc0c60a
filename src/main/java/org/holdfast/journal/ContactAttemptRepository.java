package org.holdfast.journal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ContactAttemptRepository extends JpaRepository<ContactAttempt, Long> {

    Optional<ContactAttempt> findByClientIdAndSubmissionId(long clientId, String submissionId);

    Optional<ContactAttempt> findByIdAndClientId(long id, long clientId);

    List<ContactAttempt> findByClientIdOrderBySeqAsc(long clientId);

    /** Every client's records, client by client in log order: for the integrity check, which reads no content. */
    List<ContactAttempt> findAllByOrderByClientIdAscSeqAsc();

    List<ContactAttempt> findByClientIdAndOccurredAtGreaterThanEqualOrderByOccurredAtDescSeqDesc(long clientId, Instant from);

    /** The log for a clinician: only when the client switched the contact-attempt log on. */
    @Query("""
            select a from ContactAttempt a
            where a.clientId = :clientId and a.occurredAt >= :from and :shareLog = true
            order by a.occurredAt desc, a.seq desc""")
    List<ContactAttempt> consented(@Param("clientId") long clientId, @Param("from") Instant from,
            @Param("shareLog") boolean shareLog);

    /** The whole log in the order written, for the evidence report: nothing unless the log is shared. */
    @Query("""
            select a from ContactAttempt a
            where a.clientId = :clientId and :shareLog = true
            order by a.seq""")
    List<ContactAttempt> consentedLog(@Param("clientId") long clientId, @Param("shareLog") boolean shareLog);

    /** How many attempts, when the log is shared or the level allows numbers. */
    @Query("""
            select count(a) from ContactAttempt a
            where a.clientId = :clientId and a.occurredAt >= :from and a.correctsId is null
              and (:shareLog = true or :level <> 'NOTHING')""")
    long consentedCount(@Param("clientId") long clientId, @Param("from") Instant from,
            @Param("shareLog") boolean shareLog, @Param("level") String level);
}
