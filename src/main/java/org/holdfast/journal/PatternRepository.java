package org.holdfast.journal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/**
 * Slim, consent-filtered range reads for the insights page: one query per table, each an index range
 * scan on {@code (client_id, time, ...)}, returning only the numbers and enumerated fields (never the
 * client's words). The consent rule sits in each query, like the journal's other clinician reads.
 */
interface PatternRepository extends Repository<JournalEntry, Long> {

    /** Urges and slips from {@code from} on, oldest first, when the level allows numbers. */
    @Query("""
            select new org.holdfast.journal.PatternEntryRow(e.kind, e.occurredAt, e.strength, e.outcome,
                   e.channel, e.direction, e.triggers)
            from JournalEntry e
            where e.clientId = :clientId and e.occurredAt >= :from
              and e.kind in (org.holdfast.journal.EntryType.URGE, org.holdfast.journal.EntryType.SLIP)
              and :level <> 'NOTHING'
            order by e.occurredAt""")
    List<PatternEntryRow> entries(@Param("clientId") long clientId, @Param("from") Instant from, @Param("level") String level);

    /**
     * Check-in numbers (no note) from {@code from} on, when the level allows numbers. Unordered, like the
     * attempts: with an ORDER BY, MariaDB may pick any (client_id, ...) index and sort; the caller sorts.
     */
    @Query("""
            select new org.holdfast.journal.DayNumbers(c.entryDate, c.mood, c.urge, c.slipped)
            from CheckIn c
            where c.clientId = :clientId and c.entryDate >= :from and :level <> 'NOTHING'""")
    List<DayNumbers> checkIns(@Param("clientId") long clientId, @Param("from") LocalDate from,
            @Param("level") String level);

    /**
     * The contact-attempt log's times, channels and safety, only when the client shares the log. Unordered:
     * "order by seq" made MySQL/MariaDB read the client's whole log through the (client_id, seq) index to
     * skip a sort; the caller puts these few rows in log order itself.
     */
    @Query("""
            select new org.holdfast.journal.PatternAttemptRow(a.id, a.seq, a.correctsId, a.occurredAt, a.channel,
                   a.safety)
            from ContactAttempt a
            where a.clientId = :clientId and a.occurredAt >= :from and :shareLog = true""")
    List<PatternAttemptRow> attempts(@Param("clientId") long clientId, @Param("from") Instant from,
            @Param("shareLog") boolean shareLog);

    /** How many attempts (corrections not counted twice): numbers-only consent allows the count, as in the journal. */
    @Query("""
            select count(a) from ContactAttempt a
            where a.clientId = :clientId and a.occurredAt >= :from and a.correctsId is null
              and (:shareLog = true or :level <> 'NOTHING')""")
    long attemptCount(@Param("clientId") long clientId, @Param("from") Instant from,
            @Param("shareLog") boolean shareLog, @Param("level") String level);
}
