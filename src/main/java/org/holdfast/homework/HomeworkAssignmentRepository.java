package org.holdfast.homework;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface HomeworkAssignmentRepository extends JpaRepository<HomeworkAssignment, Long> {

    List<HomeworkAssignment> findByClientIdOrderByFirstDueDescIdDesc(long clientId);

    List<HomeworkAssignment> findByClientIdIn(Collection<Long> clientIds);
}
