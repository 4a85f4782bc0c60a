package org.holdfast.caseload;

import java.util.List;
import java.util.Map;

import org.holdfast.clients.ClientService;
import org.holdfast.clients.ClientSummary;
import org.holdfast.journal.CheckInStats;
import org.holdfast.journal.JournalService;
import org.holdfast.plans.PlanOverview;
import org.holdfast.plans.PlanService;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * A caseload page costs three queries whatever its size: the clients, their plans, their
 * check-in figures. Never one query per row.
 */
@Service
public class CaseloadService {

    static final int SLIP_WINDOW_DAYS = 14;

    private final ClientService clients;
    private final PlanService plans;
    private final JournalService journal;

    CaseloadService(ClientService clients, PlanService plans, JournalService journal) {
        this.clients = clients;
        this.plans = plans;
        this.journal = journal;
    }

    @PreAuthorize("hasRole('CLINICIAN')")
    public List<CaseloadRow> page(String nameFilter, Pageable pageable) {
        List<ClientSummary> page = clients.caseload(nameFilter, pageable).getContent();
        List<Long> ids = page.stream().map(ClientSummary::id).toList();
        Map<Long, PlanOverview> planByClient = plans.firstActivePlans(ids);
        Map<Long, CheckInStats> statsByClient = journal.statsFor(ids, SLIP_WINDOW_DAYS);
        return page.stream().map(c -> {
            CheckInStats stats = statsByClient.getOrDefault(c.id(), CheckInStats.none(c.id()));
            return new CaseloadRow(c.id(), c.displayName(), planByClient.get(c.id()), stats.lastCheckIn(),
                    stats.recentSlips());
        }).toList();
    }
}
