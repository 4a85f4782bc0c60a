package org.holdfast.journal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface JournalEntryRepository extends JpaRepository<JournalEntry, Long> {

    Optional<JournalEntry> findByClientIdAndSubmissionId(long clientId, String submissionId);

    Optional<JournalEntry> findByIdAndClientId(long id, long clientId);

    /** The client's own entries, newest first. */
    List<JournalEntry> findByClientIdAndOccurredAtGreaterThanEqualOrderByOccurredAtDesc(long clientId, Instant from);

    /** What the client did instead when an urge passed: offered back after a slip. */
    List<JournalEntry> findTop3ByClientIdAndKindAndOutcomeInAndDidInsteadIsNotNullOrderByOccurredAtDesc(long clientId,
            EntryType kind, Collection<UrgeOutcome> outcomes);

    Optional<JournalEntry> findFirstByClientIdAndKindOrderByOccurredAtDesc(long clientId, EntryType kind);

    /**
     * Entries whose words a clinician may read under the client's sharing level (a {@code SharingLevel}
     * name): all of them for EVERYTHING, those marked shared for NUMBERS_AND_SHARED_ENTRIES, none otherwise.
     */
    @Query("""
            select e from JournalEntry e
            where e.clientId = :clientId and e.occurredAt >= :from
              and (:level = 'EVERYTHING' or (:level = 'NUMBERS_AND_SHARED_ENTRIES' and e.shared = true))
            order by e.occurredAt desc""")
    List<JournalEntry> consented(@Param("clientId") long clientId, @Param("from") Instant from,
            @Param("level") String level);

    /** How many entries of each kind, when the level allows numbers; nothing for NOTHING. */
    @Query("""
            select new org.holdfast.journal.KindCount(e.kind, count(e)) from JournalEntry e
            where e.clientId = :clientId and e.occurredAt >= :from and :level <> 'NOTHING'
            group by e.kind""")
    List<KindCount> consentedCounts(@Param("clientId") long clientId, @Param("from") Instant from,
            @Param("level") String level);

    /** Last slip and slips since a moment, per client; the caller passes only clients whose consent allows numbers. */
    @Query("""
            select new org.holdfast.journal.SlipStats(e.clientId, max(e.occurredAt),
                   sum(case when e.occurredAt >= :since then 1 else 0 end))
            from JournalEntry e
            where e.clientId in :clientIds and e.kind = org.holdfast.journal.EntryType.SLIP
            group by e.clientId""")
    List<SlipStats> slipStats(@Param("clientIds") Collection<Long> clientIds, @Param("since") Instant since);
}
