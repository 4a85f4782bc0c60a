package org.holdfast.caseload;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.holdfast.clients.ClientService;
import org.holdfast.clients.ClientSummary;
import org.holdfast.clients.SessionDates;
import org.holdfast.clients.SessionService;
import org.holdfast.insights.ClientRisk;
import org.holdfast.insights.RiskFlags;
import org.holdfast.journal.CheckInStats;
import org.holdfast.journal.JournalService;
import org.holdfast.security.AuditAction;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The caseload costs the same handful of queries whatever its size: the clients, then one
 * set-based query per module for their columns. Sorting and paging happen over the computed rows,
 * so any column sorts, and a caseload of 500 stays a few milliseconds of SQL.
 */
@Service
// One read-only transaction for the whole page: the modules' reads share its connection and persistence
// context instead of opening a transaction each (about ten per page).
@Transactional(readOnly = true)
public class CaseloadService {

    static final int SLIP_WINDOW_DAYS = 14;

    /**
     * Sort keys the view may ask for; a missing value sorts last. "attention" ascending puts the client
     * who needs the clinician first at the top: the most serious flag, then the most flags. It is also
     * the order when the view asks for none.
     */
    static final Map<String, Comparator<CaseloadRow>> SORTS = Map.ofEntries(
            Map.entry("attention", Comparator.comparing(CaseloadRow::flags, ClientRisk.MOST_ATTENTION_FIRST)),
            Map.entry("client", Comparator.comparing(r -> r.clientName().toLowerCase(Locale.ROOT))),
            Map.entry("safety", Comparator.comparing(r -> r.safety() == null ? null : r.safety().since(),
                    Comparator.nullsLast(Comparator.naturalOrder()))),
            Map.entry("plan", Comparator.comparing(r -> r.plan() == null ? null : r.plan().startDate(),
                    Comparator.nullsLast(Comparator.reverseOrder()))),
            Map.entry("lastSlip", Comparator.comparing(CaseloadRow::lastSlip, Comparator.nullsFirst(Comparator.naturalOrder()))),
            Map.entry("lastCheckIn", Comparator.comparing(CaseloadRow::lastCheckIn, Comparator.nullsFirst(Comparator.naturalOrder()))),
            Map.entry("slips", Comparator.comparingLong(CaseloadRow::slipsLast14Days)),
            Map.entry("homework", Comparator.comparingLong(r -> r.homework() == null ? 0 : r.homework().overdue())),
            // The highest latest score first when descending; a client without scores sorts last.
            Map.entry("measures", Comparator.comparing(r -> r.measures().stream().filter(m -> m.instrument().higherIsWorse())
                    .mapToInt(m -> m.score()).max().stream().boxed().findFirst().orElse(null),
                    Comparator.nullsFirst(Comparator.naturalOrder()))),
            Map.entry("review", Comparator.comparing(r -> r.plan() == null ? null : r.plan().reviewDate(),
                    Comparator.nullsLast(Comparator.naturalOrder()))),
            Map.entry("nextSession", Comparator.comparing(CaseloadRow::nextSession, Comparator.nullsLast(Comparator.naturalOrder()))));

    private final ClientService clients;
    private final JournalService journal;
    private final SessionService sessions;
    private final RiskFlags risk;

    CaseloadService(ClientService clients, JournalService journal, SessionService sessions, RiskFlags risk) {
        this.clients = clients;
        this.journal = journal;
        this.sessions = sessions;
        this.risk = risk;
    }

    /** The signed-in clinician's caseload, filtered by name, sorted, one page of it. */
    @PreAuthorize("hasRole('CLINICIAN')")
    public List<CaseloadRow> page(CaseloadFilter filter, Sort sort, int offset, int limit) {
        List<CaseloadRow> page = rows(filter).stream().sorted(comparator(sort)).skip(offset).limit(limit).toList();
        // The figures on the page are read from each client's journal, plans and homework: audited per client.
        clients.readAllFor(page.stream().map(CaseloadRow::clientId).toList(), AuditAction.Read.CASELOAD_FIGURES);
        return page;
    }

    /**
     * The whole caseload (as filtered), sorted like the screen's default, for a document: audited per
     * client under {@code purpose}, in one batch.
     */
    @PreAuthorize("hasRole('CLINICIAN')")
    public List<CaseloadRow> all(CaseloadFilter filter, AuditAction purpose) {
        List<CaseloadRow> all = rows(filter).stream().sorted(comparator(Sort.unsorted())).toList();
        clients.readAllFor(all.stream().map(CaseloadRow::clientId).toList(), purpose);
        return all;
    }

    @PreAuthorize("hasRole('CLINICIAN')")
    public int count(CaseloadFilter filter) {
        return (int) clients.allOfMine(filter.includeDischarged()).stream().filter(filter::matches).count();
    }

    private List<CaseloadRow> rows(CaseloadFilter filter) {
        List<ClientSummary> mine = clients.allOfMine(filter.includeDischarged()).stream().filter(filter::matches).toList();
        List<Long> ids = mine.stream().map(ClientSummary::id).toList();
        // The flags read plans, homework, safety signals and consent anyway: their figures fill the columns too.
        // The safety flag and the homework never ask for journal consent; a client who shares nothing of their
        // journal has no journal figures, and the view says "not shared", not "never".
        Map<Long, ClientRisk> riskByClient = risk.assess(mine);
        Map<Long, CheckInStats> statsByClient = journal.statsFor(ids, SLIP_WINDOW_DAYS);
        Map<Long, SessionDates> sessionsByClient = sessions.datesFor(ids);
        return mine.stream().map(c -> {
            CheckInStats stats = statsByClient.getOrDefault(c.id(), CheckInStats.none(c.id()));
            Instant next = sessionsByClient.getOrDefault(c.id(), SessionDates.none(c.id())).nextScheduled();
            ClientRisk r = riskByClient.get(c.id());
            return new CaseloadRow(c.id(), c.displayName(), c.status(), r.plan(), stats.lastCheckIn(), stats.lastSlip(),
                    stats.recentSlips(), r.homework(), next, r.safety(), r.journalShared(), r.flags(), r.measures());
        }).toList();
    }

    private static Comparator<CaseloadRow> comparator(Sort sort) {
        Comparator<CaseloadRow> byName = SORTS.get("client");
        Comparator<CaseloadRow> result = sort.isUnsorted() ? SORTS.get("attention") : null;
        for (Sort.Order order : sort) {
            Comparator<CaseloadRow> c = SORTS.get(order.getProperty());
            if (c == null) {
                continue;
            }
            c = order.isDescending() ? c.reversed() : c;
            result = result == null ? c : result.thenComparing(c);
        }
        return result == null ? byName : result.thenComparing(byName);
    }
}
