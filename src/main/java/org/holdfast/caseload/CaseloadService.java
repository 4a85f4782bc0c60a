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
import org.holdfast.consent.ConsentService;
import org.holdfast.consent.ConsentState;
import org.holdfast.consent.SharingLevel;
import org.holdfast.homework.HomeworkService;
import org.holdfast.homework.HomeworkSummary;
import org.holdfast.journal.CheckInStats;
import org.holdfast.journal.JournalService;
import org.holdfast.plans.PlanOverview;
import org.holdfast.plans.PlanService;
import org.holdfast.safety.SafetyFlag;
import org.holdfast.safety.SafetyService;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The caseload costs the same handful of queries whatever its size: the clients, then one
 * set-based query per module for their columns. Sorting and paging happen over the computed rows,
 * so any column sorts, and a caseload of 500 stays a few milliseconds of SQL.
 */
@Service
public class CaseloadService {

    static final int SLIP_WINDOW_DAYS = 14;

    /** Sort keys the view may ask for; a missing value sorts last. */
    static final Map<String, Comparator<CaseloadRow>> SORTS = Map.of(
            "client", Comparator.comparing(r -> r.clientName().toLowerCase(Locale.ROOT)),
            "safety", Comparator.comparing(r -> r.safety() == null ? null : r.safety().since(),
                    Comparator.nullsLast(Comparator.naturalOrder())),
            "plan", Comparator.comparing(r -> r.plan() == null ? null : r.plan().startDate(),
                    Comparator.nullsLast(Comparator.reverseOrder())),
            "lastSlip", Comparator.comparing(CaseloadRow::lastSlip, Comparator.nullsFirst(Comparator.naturalOrder())),
            "lastCheckIn", Comparator.comparing(CaseloadRow::lastCheckIn, Comparator.nullsFirst(Comparator.naturalOrder())),
            "slips", Comparator.comparingLong(CaseloadRow::slipsLast14Days),
            "homework", Comparator.comparingLong(r -> r.homework() == null ? 0 : r.homework().overdue()),
            "review", Comparator.comparing(r -> r.plan() == null ? null : r.plan().reviewDate(),
                    Comparator.nullsLast(Comparator.naturalOrder())),
            "nextSession", Comparator.comparing(CaseloadRow::nextSession, Comparator.nullsLast(Comparator.naturalOrder())));

    private final ClientService clients;
    private final PlanService plans;
    private final JournalService journal;
    private final SessionService sessions;
    private final HomeworkService homework;
    private final ConsentService consent;
    private final SafetyService safety;

    CaseloadService(ClientService clients, PlanService plans, JournalService journal, SessionService sessions,
            HomeworkService homework, SafetyService safety, ConsentService consent) {
        this.consent = consent;
        this.safety = safety;
        this.homework = homework;
        this.clients = clients;
        this.plans = plans;
        this.journal = journal;
        this.sessions = sessions;
    }

    /** The signed-in clinician's caseload, filtered by name, sorted, one page of it. */
    @PreAuthorize("hasRole('CLINICIAN')")
    public List<CaseloadRow> page(CaseloadFilter filter, Sort sort, int offset, int limit) {
        List<CaseloadRow> page = rows(filter).stream().sorted(comparator(sort)).skip(offset).limit(limit).toList();
        // The figures on the page are read from each client's journal, plans and homework: audited per client.
        clients.readAllFor(page.stream().map(CaseloadRow::clientId).toList(), "Caseload figures");
        return page;
    }

    /**
     * The whole caseload (as filtered), sorted like the screen's default, for a document: audited per
     * client under {@code purpose}, in one batch.
     */
    @PreAuthorize("hasRole('CLINICIAN')")
    public List<CaseloadRow> all(CaseloadFilter filter, String purpose) {
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
        Map<Long, PlanOverview> planByClient = plans.firstActivePlans(ids);
        Map<Long, CheckInStats> statsByClient = journal.statsFor(ids, SLIP_WINDOW_DAYS);
        Map<Long, SessionDates> sessionsByClient = sessions.datesFor(ids);
        // A client who shares nothing has no journal figures here: the view says "not shared", not "never".
        Map<Long, ConsentState> sharing = ids.isEmpty() ? Map.of() : consent.ofAll(ids);
        Map<Long, HomeworkSummary> homeworkByClient = ids.isEmpty() ? Map.of() : homework.summariesFor(ids);
        // Always shown, whatever the client shares of their journal: the safety flag never asks consent.
        Map<Long, SafetyFlag> safetyByClient = safety.openSignals(ids);
        return mine.stream().map(c -> {
            CheckInStats stats = statsByClient.getOrDefault(c.id(), CheckInStats.none(c.id()));
            Instant next = sessionsByClient.getOrDefault(c.id(), SessionDates.none(c.id())).nextScheduled();
            return new CaseloadRow(c.id(), c.displayName(), c.status(), planByClient.get(c.id()), stats.lastCheckIn(),
                    stats.lastSlip(), stats.recentSlips(), homeworkByClient.get(c.id()), next, safetyByClient.get(c.id()),
                    sharing.get(c.id()) == null || sharing.get(c.id()).level() != SharingLevel.NOTHING);
        }).toList();
    }

    private static Comparator<CaseloadRow> comparator(Sort sort) {
        Comparator<CaseloadRow> byName = SORTS.get("client");
        Comparator<CaseloadRow> result = null;
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
