package org.holdfast.clients;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.holdfast.encryption.ClientKeys;
import org.holdfast.security.ClientAccountErasure;
import org.holdfast.security.SecurityLog;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Erasing a client's record for good (crypto-shredding): their data key is destroyed first, so that every text of
 * theirs, in the database and in any copy of it, can no longer be read; then every module deletes their rows, then
 * their sessions, client row and account go. Only a discharged client is erased: a record in use is not.
 */
@Service
@Transactional(readOnly = true)
public class ClientErasure {

    private final ClientRepository clients;
    private final ClientKeys keys;
    private final ClientAccountErasure accounts;
    private final ApplicationEventPublisher events;
    private final JdbcTemplate jdbc;

    ClientErasure(ClientRepository clients, ClientKeys keys, ClientAccountErasure accounts,
            ApplicationEventPublisher events, JdbcTemplate jdbc) {
        this.clients = clients;
        this.keys = keys;
        this.accounts = accounts;
        this.events = events;
        this.jdbc = jdbc;
    }

    /** Inside the practice manager's approval, whose transaction also holds the request's outcome and its audit line. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(propagation = Propagation.MANDATORY)
    public void erase(long clientId) {
        Client client = clients.findById(clientId)
                .orElseThrow(() -> new IllegalStateException("This record has already been erased"));
        if (client.getStatus() != ClientStatus.DISCHARGED) {
            throw new IllegalStateException(client.getDisplayName() + " is still a client of the practice: their "
                    + "clinician discharges them first, then the record can be erased");
        }
        long accountId = client.getAccountId();
        keys.destroy(clientId);
        events.publishEvent(new ClientErasing(clientId));
        jdbc.update("delete from therapy_session where client_id = ?", clientId);
        jdbc.update("delete from break_glass_grant where client_id = ?", clientId);
        clients.delete(client);
        clients.flush();
        accounts.erase(accountId);
        // Numbers only: that a record was erased is worth a log line, whose it was is not.
        SecurityLog.event("client_erased", "client", clientId);
    }

    /** Discharged clients whose record the practice has kept longer than it keeps records: the manager's to review. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public Slice<DischargedClient> dischargedBefore(Instant cutoff, Pageable pageable) {
        Pageable byDischarge = pageable.getSort().isSorted() ? pageable
                : PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(),
                        Sort.by("dischargedAt"));
        return clients.findByStatusAndDischargedAtBefore(ClientStatus.DISCHARGED, cutoff, byDischarge)
                .map(DischargedClient::of);
    }

    /** The clients as the erasure review shows them, in one read; those erased are simply not there. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<DischargedClient> find(Collection<Long> clientIds) {
        return clients.findAllById(clientIds).stream().map(DischargedClient::of).toList();
    }

    /** The client as the erasure review shows them; empty once erased. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public Optional<DischargedClient> find(long clientId) {
        return clients.findById(clientId).map(DischargedClient::of);
    }
}
