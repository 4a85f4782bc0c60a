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

    @Query("""
            select new org.holdfast.journal.CheckInStats(c.clientId, max(c.entryDate),
                   max(case when c.slipped = true then c.entryDate end),
                   sum(case when c.slipped = true and c.entryDate >= :slipsSince then 1 else 0 end))
            from CheckIn c
            where c.clientId in :clientIds
            group by c.clientId""")
    List<CheckInStats> statsFor(@Param("clientIds") Collection<Long> clientIds, @Param("slipsSince") LocalDate slipsSince);
}
