package org.holdfast.journal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.holdfast.clients.ClientService;
import org.holdfast.clients.ClientSummary;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.Valid;

@Service
@Validated
@Transactional(readOnly = true)
public class JournalService {

    private final CheckInRepository checkIns;
    private final ClientService clients;
    private final Clock clock;

    JournalService(CheckInRepository checkIns, ClientService clients, Clock clock) {
        this.checkIns = checkIns;
        this.clients = clients;
        this.clock = clock;
    }

    /**
     * Saves the signed-in client's check-in for today. Saving again the same day updates the same
     * check-in, so a double click or a retried request can never store it twice.
     */
    @PreAuthorize("hasRole('CLIENT')")
    @Transactional
    public CheckInEntry saveTodaysCheckIn(@Valid CheckInForm form) {
        ClientSummary me = clients.mine();
        LocalDate today = LocalDate.now(clock);
        CheckIn checkIn = checkIns.findByClientIdAndEntryDate(me.id(), today)
                .orElseGet(() -> new CheckIn(me.id(), today));
        checkIn.apply(form, Instant.now(clock));
        try {
            return CheckInEntry.of(checkIns.saveAndFlush(checkIn));
        } catch (DataIntegrityViolationException raced) {
            // Another request inserted today's check-in between our read and write: the unique index
            // kept it single. Surface it as a retryable conflict rather than a second row.
            throw new CheckInConflictException(raced);
        }
    }

    /** Today's check-in of the signed-in client, to fill the form again. */
    @PreAuthorize("hasRole('CLIENT')")
    public Optional<CheckInForm> todaysCheckIn() {
        ClientSummary me = clients.mine();
        return checkIns.findByClientIdAndEntryDate(me.id(), LocalDate.now(clock)).map(CheckInForm::of);
    }

    /** Check-ins of one client in a date range, oldest first. A clinician's read is audited. */
    @PreAuthorize("hasAnyRole('CLINICIAN', 'CLIENT', 'ADMIN')")
    public List<CheckInEntry> checkIns(long clientId, LocalDate from, LocalDate to) {
        clients.readFor(clientId, "Check-ins " + from + " to " + to);
        return checkIns.findByClientIdAndEntryDateBetweenOrderByEntryDateAsc(clientId, from, to).stream()
                .map(CheckInEntry::of).toList();
    }

    /** Last check-in and slips in the last {@code days} days for each client, in one query. */
    @PreAuthorize("hasRole('CLINICIAN')")
    public Map<Long, CheckInStats> statsFor(Collection<Long> clientIds, int days) {
        if (clientIds.isEmpty()) {
            return Map.of();
        }
        clients.requireAllReadable(clientIds);
        LocalDate since = LocalDate.now(clock).minusDays(days - 1L);
        return checkIns.statsFor(clientIds, since).stream()
                .collect(Collectors.toMap(CheckInStats::clientId, Function.identity()));
    }
}
