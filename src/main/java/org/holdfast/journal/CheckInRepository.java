package org.holdfast.journal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface CheckInRepository extends JpaRepository<CheckIn, Long> {

    Optional<CheckIn> findByClientIdAndEntryDate(long clientId, LocalDate entryDate);

    List<CheckIn> findByClientIdAndEntryDateBetweenOrderByEntryDateAsc(long clientId, LocalDate from, LocalDate to);

    List<CheckIn> findByClientIdAndEntryDateGreaterThanEqualOrderByEntryDateDesc(long clientId, LocalDate from);

    Optional<CheckIn> findByIdAndClientId(long id, long clientId);

    /**
     * Check-ins as a clinician may see them under the client's sharing level (a {@code SharingLevel} name):
     * nothing at all for NOTHING; numbers without the note for NUMBERS_ONLY; the note only of check-ins
     * marked shared for NUMBERS_AND_SHARED_ENTRIES; everything for EVERYTHING. Consent lives here, in the
     * query, so no caller can forget it.
     */
    @Query("""
            select new org.holdfast.journal.CheckInEntry(c.entryDate, c.mood, c.urge, c.slipped,
                   case when :level = 'EVERYTHING' or (:level = 'NUMBERS_AND_SHARED_ENTRIES' and c.shared = true)
                        then c.note else null end,
                   c.receivedAt, c.clientId)
            from CheckIn c
            where c.clientId = :clientId and c.entryDate between :from and :to and :level <> 'NOTHING'
            order by c.entryDate asc""")
    List<CheckInEntry> consented(@Param("clientId") long clientId, @Param("from") LocalDate from,
            @Param("to") LocalDate to, @Param("level") String level);

    /**
     * The last check-in day of each client, ever. Only the grouping column and MAX of the next one in
     * (client_id, entry_date): MySQL/MariaDB answer it with one index dive per client (a loose index scan)
     * instead of reading every day of two years. The caller passes only clients whose consent allows numbers.
     */
    @Query("""
            select new org.holdfast.journal.CheckInRepository$LastDay(c.clientId, max(c.entryDate)) from CheckIn c
            where c.clientId in :clientIds
            group by c.clientId""")
    List<LastDay> lastCheckIns(@Param("clientIds") Collection<Long> clientIds);

    /**
     * The last "I slipped" day ever and how many since {@code slipsSince}, per client: only the ticked days
     * are read, through (client_id, slipped, entry_date). Clients without a ticked day are absent.
     */
    @Query("""
            select new org.holdfast.journal.CheckInRepository$SlippedDays(c.clientId, max(c.entryDate),
                   sum(case when c.entryDate >= :slipsSince then 1 else 0 end))
            from CheckIn c
            where c.clientId in :clientIds and c.slipped = true
            group by c.clientId""")
    List<SlippedDays> slippedStats(@Param("clientIds") Collection<Long> clientIds, @Param("slipsSince") LocalDate slipsSince);

    record LastDay(long clientId, LocalDate day) {
    }

    record SlippedDays(long clientId, LocalDate last, long since) {
    }
}
