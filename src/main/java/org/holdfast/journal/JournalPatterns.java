package org.holdfast.journal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.holdfast.clients.ClientService;
import org.holdfast.consent.ConsentService;
import org.holdfast.consent.ConsentState;
import org.holdfast.security.AuditAction;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The journal as numbers for pattern-finding (the insights page, the session prep report): a handful of
 * range queries per client that return slim rows of consented data, never the client's words.
 * <p>
 * The aggregation (by hour, weekday, week) happens in Java on purpose: the hour that matters is the
 * client's local hour in their own time zone, across daylight-saving changes, and H2 and MySQL/MariaDB
 * disagree on time-zone functions (MariaDB's CONVERT_TZ needs zone tables loaded). A few hundred rows a
 * client are cheap to bucket in memory and exact in every zone.
 */
@Service
@Transactional(readOnly = true)
public class JournalPatterns {

    private final PatternRepository patterns;
    private final ClientService clients;
    private final ConsentService consent;

    JournalPatterns(PatternRepository patterns, ClientService clients, ConsentService consent) {
        this.patterns = patterns;
        this.clients = clients;
        this.consent = consent;
    }

    /**
     * A client's consented journal numbers from {@code from} on ({@code zone} decides which check-in days
     * that covers), with the contact attempts counted from {@code countFrom} on (the period shown, which
     * may start later than the data reach back). Audited as a read of {@code purpose}.
     */
    @PreAuthorize("hasAnyRole('CLINICIAN', 'ADMIN')")
    public JournalPattern since(long clientId, Instant from, Instant countFrom, ZoneId zone, AuditAction purpose) {
        clients.readFor(clientId, purpose);
        ConsentState state = consent.of(clientId);
        String level = state.level().name();
        List<UrgePoint> urges = new ArrayList<>();
        List<SlipPoint> slips = new ArrayList<>();
        for (PatternEntryRow row : patterns.entries(clientId, from, level)) {
            if (row.kind() == EntryType.URGE) {
                urges.add(new UrgePoint(row.occurredAt(), row.strength(), row.outcome(), row.triggers()));
            } else {
                slips.add(new SlipPoint(row.occurredAt(), row.channel(), row.direction(), row.triggers()));
            }
        }
        List<DayNumbers> checkIns = patterns.checkIns(clientId, LocalDate.ofInstant(from, zone), level).stream()
                .sorted(java.util.Comparator.comparing(DayNumbers::date)).toList();
        List<AttemptPoint> attempts = corrected(patterns.attempts(clientId, from, state.shareContactLog()));
        long count = state.shareContactLog() ? attempts.stream().filter(a -> !a.at().isBefore(countFrom)).count()
                : patterns.attemptCount(clientId, countFrom, false, level);
        return new JournalPattern(state, from, urges, slips, checkIns, attempts, count);
    }

    /**
     * One point per attempt: a correction is the same attempt told again, so it replaces the record it
     * corrects (the latest correction wins) instead of counting twice.
     */
    static List<AttemptPoint> corrected(List<PatternAttemptRow> rows) {
        Map<Long, PatternAttemptRow> byOriginal = new LinkedHashMap<>();
        Map<Long, Long> rootOf = new LinkedHashMap<>();
        // In log order: a correction always comes after what it corrects.
        for (PatternAttemptRow row : rows.stream().sorted(java.util.Comparator.comparingInt(PatternAttemptRow::seq)).toList()) {
            long root = row.correctsId() == null ? row.id() : rootOf.getOrDefault(row.correctsId(), row.correctsId());
            rootOf.put(row.id(), root);
            byOriginal.put(root, row);
        }
        return byOriginal.values().stream().map(r -> new AttemptPoint(r.occurredAt(), r.channel(), r.safety()))
                .sorted(java.util.Comparator.comparing(AttemptPoint::at)).toList();
    }
}
