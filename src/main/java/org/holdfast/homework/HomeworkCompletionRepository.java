package org.holdfast.homework;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface HomeworkCompletionRepository extends JpaRepository<HomeworkCompletion, Long> {

    Optional<HomeworkCompletion> findByAssignmentIdAndOccurrenceDate(long assignmentId, LocalDate occurrenceDate);

    List<HomeworkCompletion> findByClientId(long clientId);

    /** Outcome counts per assignment for many clients in one aggregate query. */
    @Query("""
            select new org.holdfast.homework.OutcomeCounts(c.assignmentId,
                   sum(case when c.outcome = org.holdfast.homework.Outcome.DONE then 1 else 0 end),
                   sum(case when c.outcome = org.holdfast.homework.Outcome.COULD_NOT then 1 else 0 end),
                   sum(case when c.occurrenceDate < :today then 1 else 0 end))
            from HomeworkCompletion c
            where c.clientId in :clientIds
            group by c.assignmentId""")
    List<OutcomeCounts> countsFor(@Param("clientIds") Collection<Long> clientIds, @Param("today") LocalDate today);

    /** Occurrences from today on that already have an outcome: few rows, needed to find the next open one. */
    @Query("""
            select new org.holdfast.homework.RecordedDate(c.assignmentId, c.occurrenceDate)
            from HomeworkCompletion c
            where c.clientId in :clientIds and c.occurrenceDate >= :today""")
    List<RecordedDate> recordedFrom(@Param("clientIds") Collection<Long> clientIds, @Param("today") LocalDate today);
}
