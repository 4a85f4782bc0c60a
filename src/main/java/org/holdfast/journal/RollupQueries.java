package org.holdfast.journal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.holdfast.shared.TransactionScope;

import org.springframework.stereotype.Component;

import jakarta.persistence.EntityManager;

/**
 * The aggregate queries behind {@link JournalRollups}: one statement per table for any number of
 * clients, each a range over a (client_id, time, ...) index with conditional sums per window.
 * Callers pass only the clients whose consent allows what the query reads.
 */
@Component
class RollupQueries {

    private final EntityManager em;

    RollupQueries(EntityManager em) {
        this.em = em;
    }

    record CheckInFigures(long clientId, LocalDate lastCheckIn, Long urgeSumThisWeek, Long daysThisWeek,
            Long urgeSumWeekBefore, Long daysWeekBefore) {
    }

    record SlipDay(long clientId, LocalDate day) {
    }

    record SlipAt(long clientId, Instant at) {
    }

    record AttemptFigures(long clientId, Long thisWeek, Long fourWeeksBefore, Integer lowestSafety, Instant lastThreat) {
    }

    List<CheckInFigures> checkIns(Collection<Long> clientIds, LocalDate from, LocalDate weekStart, LocalDate weekBeforeStart,
            LocalDate today) {
        return em.createQuery("""
                select new org.holdfast.journal.RollupQueries$CheckInFigures(c.clientId, max(c.entryDate),
                       sum(case when c.entryDate >= :weekStart then c.urge else 0 end),
                       sum(case when c.entryDate >= :weekStart then 1 else 0 end),
                       sum(case when c.entryDate >= :weekBeforeStart and c.entryDate < :weekStart then c.urge else 0 end),
                       sum(case when c.entryDate >= :weekBeforeStart and c.entryDate < :weekStart then 1 else 0 end))
                from CheckIn c
                where c.clientId in :clientIds and c.entryDate >= :from and c.entryDate <= :today
                group by c.clientId""", CheckInFigures.class)
                .setParameter("clientIds", clientIds).setParameter("from", from).setParameter("today", today)
                .setParameter("weekStart", weekStart).setParameter("weekBeforeStart", weekBeforeStart)
                .getResultList();
    }

    /**
     * Days in the slip window whose check-in says "I slipped". Rows rather than a count: a slip is often
     * both logged and ticked, and only the day tells whether a tick is a slip already logged. A window of
     * at most four weeks keeps these few.
     */
    List<SlipDay> slippedCheckIns(Collection<Long> clientIds, LocalDate from, LocalDate today) {
        return em.createQuery("""
                select new org.holdfast.journal.RollupQueries$SlipDay(c.clientId, c.entryDate)
                from CheckIn c
                where c.clientId in :clientIds and c.entryDate >= :from and c.entryDate <= :today and c.slipped = true""",
                SlipDay.class)
                .setParameter("clientIds", clientIds).setParameter("from", from).setParameter("today", today)
                .getResultList();
    }

    /**
     * Slips logged with the slip form over the longest slip window ({@link JournalRollups#MAX_SLIP_DAYS}, today
     * included), for callers that keep the part their own window covers. A caseload page counts slips twice, over
     * different windows (its risk flags and its slip column): read for the longest one, the second count is
     * answered from the first read within one read-only transaction.
     */
    List<SlipAt> recentSlips(Collection<Long> clientIds, LocalDate today, ZoneId zone) {
        LocalDate from = today.minusDays(JournalRollups.MAX_SLIP_DAYS - 1L);
        return TransactionScope.readOnce(new Recent("slips", Set.copyOf(clientIds), today, zone),
                () -> List.copyOf(slips(clientIds, from.atStartOfDay(zone).toInstant(),
                        today.plusDays(1).atStartOfDay(zone).toInstant())));
    }

    /** Ticked "I slipped" days over the longest slip window, as {@link #recentSlips}. */
    List<SlipDay> recentSlippedCheckIns(Collection<Long> clientIds, LocalDate today) {
        LocalDate from = today.minusDays(JournalRollups.MAX_SLIP_DAYS - 1L);
        return TransactionScope.readOnce(new Recent("slippedCheckIns", Set.copyOf(clientIds), today, null),
                () -> List.copyOf(slippedCheckIns(clientIds, from, today)));
    }

    private record Recent(String query, Set<Long> clientIds, LocalDate today, ZoneId zone) {
    }

    /** Slips logged with the slip form in the window, each with its moment. */
    List<SlipAt> slips(Collection<Long> clientIds, Instant from, Instant until) {
        return em.createQuery("""
                select new org.holdfast.journal.RollupQueries$SlipAt(e.clientId, e.occurredAt)
                from JournalEntry e
                where e.clientId in :clientIds and e.occurredAt >= :from and e.occurredAt < :until
                  and e.kind = org.holdfast.journal.EntryType.SLIP""", SlipAt.class)
                .setParameter("clientIds", clientIds).setParameter("from", from).setParameter("until", until)
                .getResultList();
    }

    /**
     * {@code logShared} are the clients whose contact-attempt log is shared: only theirs say how safe an
     * attempt left them. Counts take originals only (a correction is the same attempt); the threat looks at
     * corrections too, so an attempt corrected to "felt unsafe" raises it. One corrected the other way keeps
     * the original's threat until the week passes: for a safety flag, a stale warning is the safer mistake,
     * and it costs no extra query. Never empty (an impossible id stands in), because "in ()" is not SQL.
     */
    List<AttemptFigures> attempts(Collection<Long> clientIds, Collection<Long> logShared, int threatAtOrBelow,
            Instant from, Instant weekStart, Instant until) {
        return em.createQuery("""
                select new org.holdfast.journal.RollupQueries$AttemptFigures(a.clientId,
                       sum(case when a.occurredAt >= :weekStart and a.correctsId is null then 1 else 0 end),
                       sum(case when a.occurredAt < :weekStart and a.correctsId is null then 1 else 0 end),
                       min(case when a.occurredAt >= :weekStart and a.safety <= :threat and a.clientId in :logShared
                                then a.safety end),
                       max(case when a.occurredAt >= :weekStart and a.safety <= :threat and a.clientId in :logShared
                                then a.occurredAt end))
                from ContactAttempt a
                where a.clientId in :clientIds and a.occurredAt >= :from and a.occurredAt < :until
                group by a.clientId""", AttemptFigures.class)
                .setParameter("clientIds", clientIds).setParameter("logShared", logShared.isEmpty() ? List.of(-1L) : logShared)
                .setParameter("threat", threatAtOrBelow).setParameter("from", from).setParameter("weekStart", weekStart)
                .setParameter("until", until).getResultList();
    }
}
