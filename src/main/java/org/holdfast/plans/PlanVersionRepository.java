package org.holdfast.plans;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface PlanVersionRepository extends JpaRepository<PlanVersion, Long> {

    List<PlanVersion> findByPlanIdOrderByVersionNoDesc(long planId);

    Optional<PlanVersion> findFirstByPlanIdOrderByVersionNoDesc(long planId);

    Optional<PlanVersion> findByPlanIdAndVersionNo(long planId, int versionNo);

    Optional<PlanVersion> findFirstByPlanIdAndVersionNoLessThanOrderByVersionNoDesc(long planId, int versionNo);
}
