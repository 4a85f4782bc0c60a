package org.holdfast.measures;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface MeasureResponseRepository extends JpaRepository<MeasureResponse, Long> {

    List<MeasureResponse> findByClientIdOrderByCompletedAtAscIdAsc(long clientId);

    /** Every response of many clients, for the caseload's latest score and direction: one query whatever the caseload. */
    List<MeasureResponse> findByClientIdInOrderByCompletedAtAscIdAsc(Collection<Long> clientIds);

    Optional<MeasureResponse> findByClientIdAndSubmissionId(long clientId, String submissionId);

    Optional<MeasureResponse> findByAssignmentIdAndDueDate(long assignmentId, LocalDate dueDate);

    List<MeasureResponse> findByClientId(long clientId);
}
