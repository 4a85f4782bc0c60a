package org.holdfast.insights;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.holdfast.clients.ClientService;
import org.holdfast.journal.CheckInEntry;
import org.holdfast.journal.JournalDay;
import org.holdfast.journal.JournalService;
import org.holdfast.plans.HighRiskDate;
import org.holdfast.plans.PlanDetails;
import org.holdfast.plans.PlanOverview;
import org.holdfast.plans.PlanService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The client's own progress page, composed from the plan, the check-ins and urge support. */
@Service
@Transactional(readOnly = true)
public class ProgressService {

    /** High-risk dates this close are worth planning for now. */
    static final int COMING_UP_DAYS = 60;

    private final ClientService clients;
    private final PlanService plans;
    private final JournalService journal;
    private final Clock clock;

    ProgressService(ClientService clients, PlanService plans, JournalService journal, Clock clock) {
        this.clients = clients;
        this.plans = plans;
        this.journal = journal;
        this.clock = clock;
    }

    @PreAuthorize("hasRole('CLIENT')")
    public Progress mine() {
        long me = clients.mine().id();
        // Today as the client lives it, the same day their check-ins and entries are filed under.
        LocalDate today = LocalDate.now(clock.withZone(clients.zoneOf(me)));
        List<PlanDetails> mine = plans.myPlans();
        PlanOverview plan = plans.activePlans(me).stream().findFirst().orElse(null);
        if (plan == null || plan.startDate().isAfter(today)) {
            return plan == null ? Progress.none()
                    : new Progress(plan, Streak.NONE, Map.of(), comingUp(mine, today), coping(mine, plan));
        }
        // A client reading their own check-ins is not audited: only other people's reads are.
        List<CheckInEntry> checkIns = journal.checkIns(me, plan.startDate(), today);
        // Slips come from the daily check-in and from the slip form; urges ridden out from the journal
        // (urge support logs its visits there too); contact attempts from their sealed log.
        Map<LocalDate, JournalDay> journalDays = journal.myDays(plan.startDate());
        Set<LocalDate> slips = checkIns.stream().filter(CheckInEntry::slipped).map(CheckInEntry::date)
                .collect(Collectors.toCollection(java.util.HashSet::new));
        journalDays.forEach((day, d) -> {
            if (d.slips() > 0) {
                slips.add(day);
            }
        });
        Set<LocalDate> checkedIn = checkIns.stream().map(CheckInEntry::date).collect(Collectors.toSet());
        Map<LocalDate, DayMark> days = new HashMap<>();
        for (LocalDate d = plan.startDate(); !d.isAfter(today); d = d.plusDays(1)) {
            JournalDay j = journalDays.getOrDefault(d, new JournalDay(0, 0, 0));
            days.put(d, new DayMark(d, checkedIn.contains(d), slips.contains(d), j.urgesRiddenOut(), j.contactAttempts()));
        }
        return new Progress(plan, Streak.of(plan.startDate(), today, slips), days, comingUp(mine, today),
                coping(mine, plan));
    }

    private static List<ComingUp> comingUp(List<PlanDetails> mine, LocalDate today) {
        return mine.stream().flatMap(p -> p.content().getHighRiskDates().stream().map(d -> comingUp(p, d, today)))
                .filter(Objects::nonNull).filter(c -> c.daysAway() <= COMING_UP_DAYS)
                .sorted(Comparator.comparing(ComingUp::date)).toList();
    }

    private static ComingUp comingUp(PlanDetails plan, HighRiskDate date, LocalDate today) {
        LocalDate next = date.nextOccurrence(today);
        return next == null ? null
                : new ComingUp(date.getLabel(), next, date.daysUntil(today), plan.content().getPersonLabel());
    }

    private static List<String> coping(List<PlanDetails> mine, PlanOverview plan) {
        return mine.stream().filter(p -> p.planId() == plan.planId()).findFirst()
                .map(p -> p.content().getCopingStrategies()).orElse(List.of());
    }
}
