package org.holdfast.clients;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.Set;

import org.holdfast.security.ContentRead;
import org.holdfast.security.CurrentUser;
import org.holdfast.security.SignedInUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.domain.Slice;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The row-level rule of the portal lives here: a clinician reaches only the clients assigned to
 * them, a client only their own record. Other modules call {@link #requireReadable(long)} before
 * they read anything that belongs to a client.
 */
@Service
@Transactional(readOnly = true)
public class ClientService {

    private final ClientRepository clients;
    private final CurrentUser currentUser;

    private final ApplicationEventPublisher events;
    private final Clock clock;

    ClientService(ClientRepository clients, CurrentUser currentUser, ApplicationEventPublisher events, Clock clock) {
        this.clients = clients;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /** The signed-in clinician's own clients, filtered by name. */
    @PreAuthorize("hasRole('CLINICIAN')")
    public Slice<ClientSummary> caseload(String nameFilter, Pageable pageable) {
        String filter = nameFilter == null ? "" : nameFilter.strip();
        Pageable byName = pageable.getSort().isSorted() ? pageable
                : PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), Sort.by("displayName"));
        return clients.findByClinicianIdAndDisplayNameContainingIgnoreCase(currentUser.accountId(), filter, byName)
                .map(ClientSummary::of);
    }

    /** A client the signed-in user may read, or {@link AccessDeniedException}. */
    @PreAuthorize("hasAnyRole('CLINICIAN', 'CLIENT')")
    public ClientSummary requireReadable(long clientId) {
        SignedInUser user = currentUser.require();
        Client client = clients.findById(clientId).orElseThrow(() -> denied(clientId));
        boolean allowed = switch (user.role()) {
            case CLINICIAN -> client.getClinicianId() == user.accountId();
            case CLIENT -> client.getAccountId() == user.accountId();
            case ADMIN -> false;
        };
        if (!allowed) {
            // Same answer whether the client exists or not: ids are not to be probed.
            throw denied(clientId);
        }
        return ClientSummary.of(client);
    }

    /**
     * Access check plus audit, for every read of a client's content (plan, journal, homework,
     * sessions, a report): anyone other than the client themself leaves an audit event naming
     * what they read. Use {@link #requireReadable(long)} only for checks that read no content.
     */
    @PreAuthorize("hasAnyRole('CLINICIAN', 'CLIENT')")
    public ClientSummary readFor(long clientId, String what) {
        ClientSummary client = requireReadable(clientId);
        SignedInUser user = currentUser.require();
        if (client.accountId() != user.accountId()) {
            events.publishEvent(new ContentRead(user.getUsername(), clientId, what, null, Instant.now(clock)));
        }
        return client;
    }

    /**
     * Checks a whole set of client ids in one query, for set-based reads such as the caseload columns.
     * Clinicians only: clients never read more than their own record.
     */
    @PreAuthorize("hasRole('CLINICIAN')")
    public void requireAllReadable(Collection<Long> clientIds) {
        Set<Long> distinct = Set.copyOf(clientIds);
        if (!distinct.isEmpty() && clients.countByIdInAndClinicianId(distinct, currentUser.accountId()) != distinct.size()) {
            throw new AccessDeniedException("No access to one or more of these clients");
        }
    }

    /** The client record of the signed-in client. */
    @PreAuthorize("hasRole('CLIENT')")
    public ClientSummary mine() {
        return clients.findByAccountId(currentUser.accountId()).map(ClientSummary::of)
                .orElseThrow(() -> new AccessDeniedException("This account has no client record"));
    }

    private static AccessDeniedException denied(long clientId) {
        return new AccessDeniedException("No access to client " + clientId);
    }
}
