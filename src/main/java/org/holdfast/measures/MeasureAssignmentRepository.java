package org.holdfast.measures;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface MeasureAssignmentRepository extends JpaRepository<MeasureAssignment, Long> {

    List<MeasureAssignment> findByClientIdOrderByFirstDueDescIdDesc(long clientId);
}
