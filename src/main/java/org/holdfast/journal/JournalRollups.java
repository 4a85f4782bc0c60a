package org.holdfast.journal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.holdfast.consent.ConsentService;
import org.holdfast.consent.ConsentState;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recent journal figures for a whole caseload in four queries (check-in figures, slipped check-ins,
 * logged slips, contact attempts), whatever its size. Consent is applied here, before the queries, exactly as the clinician's
 * journal page applies it: a client who shares nothing contributes no numbers; the contact-attempt log
 * follows its own switch. Days are the practice's days ({@link Clock#getZone()}), like the caseload's.
 */
@Service
@Transactional(readOnly = true)
public class JournalRollups {

    /** How far back the figures reach: this week and the four weeks before it. */
    public static final int LOOKBACK_DAYS = 35;
    /** The longest slip window a caller may ask for. */
    public static final int MAX_SLIP_DAYS = 28;

    private final RollupQueries queries;
    private final ConsentService consent;
    private final Clock clock;

    JournalRollups(RollupQueries queries, ConsentService consent, Clock clock) {
        this.queries = queries;
        this.consent = consent;
        this.clock = clock;
    }

    /**
     * Figures per client for the given clients (all of them in the answer, empty where there is nothing
     * or consent withholds it). Access is checked for the whole set by the consent read.
     *
     * @param slipDays        the slip window: today and the days before it, at most {@link #MAX_SLIP_DAYS}
     * @param threatAtOrBelow a contact attempt that left the client feeling this safe or less (0 to 10) is a threat
     */
    @PreAuthorize("hasRole('CLINICIAN')")
    public Map<Long, JournalRollup> rollupsFor(Collection<Long> clientIds, int slipDays, int threatAtOrBelow) {
        if (clientIds.isEmpty()) {
            return Map.of();
        }
        if (slipDays < 1 || slipDays > MAX_SLIP_DAYS) {
            throw new IllegalArgumentException("The slip window is 1 to " + MAX_SLIP_DAYS + " days");
        }
        Map<Long, ConsentState> states = consent.ofAll(clientIds);
        List<Long> numbers = states.values().stream().filter(s -> s.level().allowsNumbers()).map(ConsentState::clientId)
                .toList();
        List<Long> attemptCounts = states.values().stream()
                .filter(s -> s.level().allowsNumbers() || s.shareContactLog()).map(ConsentState::clientId).toList();
        List<Long> logShared = states.values().stream().filter(ConsentState::shareContactLog).map(ConsentState::clientId)
                .toList();

        Map<Long, JournalRollup> result = new HashMap<>();
        states.values().forEach(s -> result.put(s.clientId(), JournalRollup.nothing(s.clientId(),
                s.level().allowsNumbers(), s.level().allowsNumbers() || s.shareContactLog(), s.shareContactLog())));

        ZoneId zone = clock.getZone();
        LocalDate today = LocalDate.now(clock);
        LocalDate weekStart = today.minusDays(6);
        LocalDate weekBeforeStart = today.minusDays(13);
        LocalDate slipStart = today.minusDays(slipDays - 1L);
        LocalDate lookbackStart = today.minusDays(LOOKBACK_DAYS - 1L);
        Instant until = start(today.plusDays(1), zone);

        if (!numbers.isEmpty()) {
            for (RollupQueries.CheckInFigures f : queries.checkIns(numbers, lookbackStart, weekStart, weekBeforeStart,
                    today)) {
                JournalRollup r = result.get(f.clientId());
                result.put(f.clientId(), new JournalRollup(r.clientId(), r.numbersShared(), r.attemptsShared(),
                        r.contactLogShared(), f.lastCheckIn(), mean(f.urgeSumThisWeek(), f.daysThisWeek()),
                        mean(f.urgeSumWeekBefore(), f.daysWeekBefore()), 0, null, 0, 0, null, null));
            }
            // The one definition of a slip (see Slips): every form counts, a ticked day only without a form.
            Map<Long, List<LocalDate>> logged = queries.recentSlips(numbers, today, zone).stream()
                    .filter(s -> !s.at().isBefore(start(slipStart, zone)))
                    .collect(Collectors.groupingBy(RollupQueries.SlipAt::clientId,
                            Collectors.mapping(s -> LocalDate.ofInstant(s.at(), zone), Collectors.toList())));
            Map<Long, List<LocalDate>> ticked = queries.recentSlippedCheckIns(numbers, today).stream()
                    .filter(d -> !d.day().isBefore(slipStart))
                    .collect(Collectors.groupingBy(RollupQueries.SlipDay::clientId,
                            Collectors.mapping(RollupQueries.SlipDay::day, Collectors.toList())));
            Set<Long> slipped = new HashSet<>(logged.keySet());
            slipped.addAll(ticked.keySet());
            for (long id : slipped) {
                List<LocalDate> loggedDays = logged.getOrDefault(id, List.of());
                List<LocalDate> days = new ArrayList<>(loggedDays);
                days.addAll(Slips.tickedOnly(loggedDays, ticked.getOrDefault(id, List.of())));
                JournalRollup r = result.get(id);
                result.put(id, new JournalRollup(r.clientId(), r.numbersShared(), r.attemptsShared(),
                        r.contactLogShared(), r.lastCheckIn(), r.urgeMeanThisWeek(), r.urgeMeanWeekBefore(), days.size(),
                        days.stream().min(LocalDate::compareTo).orElseThrow(), 0, 0, null, null));
            }
        }
        if (!attemptCounts.isEmpty()) {
            for (RollupQueries.AttemptFigures f : queries.attempts(attemptCounts, logShared, threatAtOrBelow,
                    start(lookbackStart, zone), start(weekStart, zone), until)) {
                JournalRollup r = result.get(f.clientId());
                result.put(f.clientId(), new JournalRollup(r.clientId(), r.numbersShared(), r.attemptsShared(),
                        r.contactLogShared(), r.lastCheckIn(), r.urgeMeanThisWeek(), r.urgeMeanWeekBefore(), r.slips(),
                        r.firstSlip(), f.thisWeek(), f.fourWeeksBefore(), f.lowestSafety(),
                        f.lastThreat() == null ? null : LocalDate.ofInstant(f.lastThreat(), zone)));
            }
        }
        return result;
    }

    private static Double mean(Long sum, Long count) {
        return count == null || count == 0 ? null : sum.doubleValue() / count;
    }

    private static Instant start(LocalDate day, ZoneId zone) {
        return day.atStartOfDay(zone).toInstant();
    }
}
