package org.holdfast.plans;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface PlanRepository extends JpaRepository<NoContactPlan, Long> {

    List<NoContactPlan> findByClientIdInAndStatusOrderByStartDateAsc(Collection<Long> clientIds, PlanStatus status);

    List<NoContactPlan> findByClientIdAndStatusOrderByStartDateAsc(long clientId, PlanStatus status);

    List<NoContactPlan> findByClientIdAndStatusInOrderByStartDateAsc(long clientId, Collection<PlanStatus> statuses);

    List<NoContactPlan> findByClientIdOrderByStartDateAsc(long clientId);
}
