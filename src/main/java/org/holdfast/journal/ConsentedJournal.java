package org.holdfast.journal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.holdfast.clients.ClientService;
import org.holdfast.clients.ClientSummary;
import org.holdfast.consent.ConsentService;
import org.holdfast.consent.ConsentState;
import org.holdfast.consent.SharingLevel;
import org.holdfast.security.AuditAction;
import org.holdfast.security.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The journal as someone other than the client may read it: every read goes through
 * {@link ClientService#readFor} (access check and audit), then a query that applies the client's consent
 * itself (see the repositories), so a view cannot show more than the client shares. Slips are counted by
 * the one definition, {@link Slips}. Reached through {@link JournalService}.
 */
@Service
@Transactional(readOnly = true)
class ConsentedJournal {

    private final CheckInRepository checkIns;
    private final JournalEntryRepository entries;
    private final ContactAttemptRepository attempts;
    private final RollupQueries rollups;
    private final ClientService clients;
    private final ConsentService consent;
    private final CurrentUser currentUser;
    private final Clock clock;

    ConsentedJournal(CheckInRepository checkIns, JournalEntryRepository entries, ContactAttemptRepository attempts,
            RollupQueries rollups, ClientService clients, ConsentService consent, CurrentUser currentUser, Clock clock) {
        this.checkIns = checkIns;
        this.entries = entries;
        this.attempts = attempts;
        this.rollups = rollups;
        this.clients = clients;
        this.consent = consent;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    List<CheckInEntry> checkIns(long clientId, LocalDate from, LocalDate to) {
        ClientSummary client = clients.readFor(clientId, new AuditAction.CheckIns(from, to));
        return checkIns.consented(clientId, from, to, levelFor(client).name());
    }

    Map<Long, CheckInStats> statsFor(Collection<Long> clientIds, int days) {
        if (days < 1 || days > JournalRollups.MAX_SLIP_DAYS) {
            throw new IllegalArgumentException("The slip window is 1 to " + JournalRollups.MAX_SLIP_DAYS + " days");
        }
        if (clientIds.isEmpty()) {
            return Map.of();
        }
        // ofAll checks access to the whole set.
        Set<Long> numbersShared = consent.ofAll(clientIds).values().stream()
                .filter(c -> c.level().allowsNumbers()).map(ConsentState::clientId).collect(Collectors.toSet());
        if (numbersShared.isEmpty()) {
            return Map.of();
        }
        ZoneId zone = clock.getZone();
        LocalDate today = LocalDate.now(clock);
        LocalDate since = today.minusDays(days - 1L);
        // The last check-in and the last slip ever come from aggregates the index answers without walking
        // every day; the window's slips are read as rows, because only their days tell whether a ticked
        // check-in is a slip already logged.
        Map<Long, CheckInStats> stats = new HashMap<>();
        for (CheckInRepository.LastDay last : checkIns.lastCheckIns(numbersShared)) {
            stats.put(last.clientId(), new CheckInStats(last.clientId(), last.day(), null, 0));
        }
        Map<Long, LocalDate> lastSlip = new HashMap<>();
        for (CheckInRepository.SlippedDays slipped : checkIns.slippedStats(numbersShared, since)) {
            lastSlip.merge(slipped.clientId(), slipped.last(), (a, b) -> a.isAfter(b) ? a : b);
        }
        for (SlipStats slips : entries.slipStats(numbersShared, since.atStartOfDay(zone).toInstant())) {
            lastSlip.merge(slips.clientId(), LocalDate.ofInstant(slips.lastSlip(), zone), (a, b) -> a.isAfter(b) ? a : b);
        }
        Map<Long, List<LocalDate>> logged = rollups.recentSlips(numbersShared, today, zone).stream()
                .filter(s -> !s.at().isBefore(since.atStartOfDay(zone).toInstant()))
                .collect(Collectors.groupingBy(RollupQueries.SlipAt::clientId,
                        Collectors.mapping(s -> LocalDate.ofInstant(s.at(), zone), Collectors.toList())));
        Map<Long, List<LocalDate>> ticked = rollups.recentSlippedCheckIns(numbersShared, today).stream()
                .filter(d -> !d.day().isBefore(since))
                .collect(Collectors.groupingBy(RollupQueries.SlipDay::clientId,
                        Collectors.mapping(RollupQueries.SlipDay::day, Collectors.toList())));
        lastSlip.forEach((id, last) -> {
            CheckInStats s = stats.getOrDefault(id, CheckInStats.none(id));
            stats.put(id, new CheckInStats(id, s.lastCheckIn(), last,
                    Slips.count(logged.getOrDefault(id, List.of()), ticked.getOrDefault(id, List.of()))));
        });
        return stats;
    }

    /**
     * Every urge, slip, permitted contact and note of any date that the reader may see: all of them for the
     * client, and for anyone else what the client's sharing level lets through (the same query as the journal page).
     */
    List<JournalItem> everyEntry(long clientId) {
        ClientSummary client = clients.readFor(clientId, AuditAction.Read.WHOLE_JOURNAL);
        return entries.consented(clientId, Instant.EPOCH, levelFor(client).name()).stream().map(JournalItem::of).toList();
    }

    ClinicianJournal journalFor(long clientId) {
        clients.readFor(clientId, new AuditAction.Journal(JournalService.JOURNAL_DAYS));
        ConsentState state = consent.of(clientId);
        String level = state.level().name();
        LocalDate fromDate = LocalDate.now(clock).minusDays(JournalService.JOURNAL_DAYS);
        Instant from = fromDate.atStartOfDay(clock.getZone()).toInstant();

        List<CheckInEntry> numbers = checkIns.consented(clientId, fromDate, LocalDate.now(clock), level);
        List<JournalItem> items = Stream.concat(
                entries.consented(clientId, from, level).stream().map(JournalItem::of),
                attempts.consented(clientId, from, state.shareContactLog()).stream().map(JournalItem::of))
                .sorted(Comparator.comparing(JournalItem::occurredAt).reversed()).toList();

        Map<EntryType, Long> totals = new EnumMap<>(EntryType.class);
        entries.consentedCounts(clientId, from, level).forEach(c -> totals.put(c.kind(), c.count()));
        long attemptCount = attempts.consentedCount(clientId, from, state.shareContactLog(), level);
        if (state.shareContactLog() || state.level().allowsNumbers()) {
            totals.put(EntryType.CONTACT_ATTEMPT, attemptCount);
        }
        if (state.level().allowsNumbers()) {
            totals.put(EntryType.CHECK_IN, (long) numbers.size());
        }
        Map<EntryType, Long> keptPrivate = new EnumMap<>(EntryType.class);
        totals.forEach((kind, total) -> {
            long shown = items.stream().filter(i -> i.type() == kind && i.corrects() == null).count();
            if (kind != EntryType.CHECK_IN && total > shown) {
                keptPrivate.put(kind, total - shown);
            }
        });
        // Slips by the one definition (Slips): a day ticked "made contact" with no slip form is a slip too.
        long tickedOnly = 0;
        if (state.level().allowsNumbers()) {
            ZoneId zone = clock.getZone();
            List<LocalDate> logged = rollups.slips(List.of(clientId), from,
                    LocalDate.now(clock).plusDays(1).atStartOfDay(zone).toInstant()).stream()
                    .map(s -> LocalDate.ofInstant(s.at(), zone)).toList();
            tickedOnly = Slips.tickedOnly(logged, numbers.stream().filter(CheckInEntry::slipped)
                    .map(CheckInEntry::date).toList()).size();
            if (tickedOnly > 0) {
                totals.merge(EntryType.SLIP, tickedOnly, Long::sum);
            }
        }
        return new ClinicianJournal(state, items, totals, keptPrivate, tickedOnly, numbers);
    }

    private SharingLevel levelFor(ClientSummary client) {
        // The client reading their own journal sees all of it.
        return client.accountId() == currentUser.accountId() ? SharingLevel.EVERYTHING : consent.of(client.id()).level();
    }
}
