package org.holdfast.plans;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.holdfast.clients.ClientService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
public class PlanService {

    private final PlanRepository plans;
    private final ClientService clients;

    PlanService(PlanRepository plans, ClientService clients) {
        this.plans = plans;
        this.clients = clients;
    }

    /** A client's active plans, oldest first (a client may cut contact with more than one person). */
    @PreAuthorize("hasAnyRole('CLINICIAN', 'CLIENT')")
    public List<PlanOverview> activePlans(long clientId) {
        clients.requireReadable(clientId);
        return plans.findByClientIdAndStatusOrderByStartDateAsc(clientId, PlanStatus.ACTIVE).stream()
                .map(PlanOverview::of).toList();
    }

    /** The first active plan of each client, in one query, for caseload columns. */
    @PreAuthorize("hasRole('CLINICIAN')")
    public Map<Long, PlanOverview> firstActivePlans(Collection<Long> clientIds) {
        if (clientIds.isEmpty()) {
            return Map.of();
        }
        clients.requireAllReadable(clientIds);
        return plans.findByClientIdInAndStatusOrderByStartDateAsc(clientIds, PlanStatus.ACTIVE).stream()
                .map(PlanOverview::of)
                .collect(Collectors.toMap(PlanOverview::clientId, Function.identity(), (first, later) -> first));
    }
}
