package org.holdfast.plans;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface HighRiskDateRepository extends JpaRepository<HighRiskDateRow, Long> {

    @Modifying(flushAutomatically = true)
    @Query("delete from HighRiskDateRow d where d.planId = :planId")
    void deleteByPlanId(long planId);

    List<HighRiskDateRow> findByPlanId(long planId);

    /** Dates of the plans the client is living by (active or paused), for a set of clients in one query. */
    @Query("""
            select d from HighRiskDateRow d, NoContactPlan p
            where p.id = d.planId and d.clientId in :clientIds and p.status in :statuses""")
    List<HighRiskDateRow> findForClients(Collection<Long> clientIds, Collection<PlanStatus> statuses);
}
