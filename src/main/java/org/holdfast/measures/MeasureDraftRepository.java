package org.holdfast.measures;

import java.time.LocalDate;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface MeasureDraftRepository extends JpaRepository<MeasureDraft, Long> {

    Optional<MeasureDraft> findByAssignmentIdAndDueDate(long assignmentId, LocalDate dueDate);
}
