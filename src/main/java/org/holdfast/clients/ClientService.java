package org.holdfast.clients;

import org.holdfast.shared.SearchText;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.holdfast.security.AccountService;
import org.holdfast.security.ActivationLink;
import org.holdfast.security.AuditAction;
import org.holdfast.security.ClientAccessDeniedException;
import org.holdfast.security.ContentRead;
import org.holdfast.security.ContentReadBatch;
import org.holdfast.security.CurrentUser;
import org.holdfast.security.SecurityLog;
import org.holdfast.security.SignedInUser;
import org.holdfast.security.StepUp;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The row-level rule of the portal lives here: a clinician reaches only the clients assigned to
 * them, a client only their own record, a practice manager a record only through an audited
 * break-glass grant. Other modules call {@link #readFor(long, AuditAction)} before they read anything
 * that belongs to a client.
 */
@Service
@Validated
@Transactional(readOnly = true)
public class ClientService {

    static final Duration BREAK_GLASS_FOR = Duration.ofMinutes(30);

    private final ClientRepository clients;
    private final BreakGlassGrantRepository breakGlass;
    private final AccountService accounts;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final StepUp stepUp;

    ClientService(ClientRepository clients, BreakGlassGrantRepository breakGlass, AccountService accounts,
            CurrentUser currentUser, ApplicationEventPublisher events, Clock clock, StepUp stepUp) {
        this.stepUp = stepUp;
        this.clients = clients;
        this.breakGlass = breakGlass;
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /** Every client of the signed-in clinician (active, or all): the caseload computes its columns over them. */
    @PreAuthorize("hasRole('CLINICIAN')")
    public List<ClientSummary> allOfMine(boolean includeDischarged) {
        List<Client> mine = includeDischarged ? clients.findByClinicianIdOrderByDisplayName(currentUser.accountId())
                : clients.findByClinicianIdAndStatusOrderByDisplayName(currentUser.accountId(), ClientStatus.ACTIVE);
        CheckedClients.remember(currentUser.accountId(), mine.stream().map(Client::getId).collect(Collectors.toSet()));
        return mine.stream().map(ClientSummary::of).toList();
    }

    /** A client the signed-in user may reach, or {@link AccessDeniedException}. Reads no content. */
    @PreAuthorize("hasAnyRole('CLINICIAN', 'CLIENT', 'ADMIN')")
    public ClientSummary requireReadable(long clientId) {
        return ClientSummary.of(readable(clientId));
    }

    /** The row-level rule itself, returning the client it let through. */
    private Client readable(long clientId) {
        SignedInUser user = currentUser.require();
        Client client = clients.findById(clientId).orElseThrow(() -> denied(clientId));
        boolean allowed = switch (user.role()) {
            case CLINICIAN -> client.getClinicianId() == user.accountId();
            case CLIENT -> client.getAccountId() == user.accountId();
            case ADMIN -> activeBreakGlass(user, clientId).isPresent();
        };
        if (!allowed) {
            // Same answer whether the client exists or not: ids are not to be probed.
            throw denied(clientId);
        }
        return client;
    }

    /**
     * Access check plus audit, for every read of a client's content (plan, journal, homework,
     * sessions, a report): anyone other than the client themself leaves an audit event naming
     * what they read, and a practice manager's carries their break-glass reason.
     */
    @PreAuthorize("hasAnyRole('CLINICIAN', 'CLIENT', 'ADMIN')")
    public ClientSummary readFor(long clientId, AuditAction what) {
        ClientSummary client = requireReadable(clientId);
        SignedInUser user = currentUser.require();
        if (client.accountId() != user.accountId()) {
            String reason = activeBreakGlass(user, clientId).map(BreakGlassGrant::getReason).orElse(null);
            events.publishEvent(new ContentRead(user.getUsername(), user.displayName(), user.role(), clientId, what, reason,
                    Instant.now(clock)));
        }
        return client;
    }

    /**
     * Records that a document about the client left the portal, whoever took it, the client included,
     * with what identifies that copy ({@code detail}, e.g. its SHA-256). Unlike {@link #readFor} this
     * writes a row for the client's own downloads too: a copy of an evidence report must be checkable
     * against the log later, whoever made it.
     */
    @PreAuthorize("hasAnyRole('CLINICIAN', 'CLIENT', 'ADMIN')")
    public void recordDocument(long clientId, AuditAction what, String detail) {
        requireReadable(clientId);
        SignedInUser user = currentUser.require();
        String reason = activeBreakGlass(user, clientId).map(BreakGlassGrant::getReason).orElse(null);
        events.publishEvent(new ContentRead(user.getUsername(), user.displayName(), user.role(), clientId, what, reason,
                Instant.now(clock), detail));
    }

    /**
     * Checks a whole set of client ids in one query, for set-based reads such as the caseload columns.
     * Clinicians only: clients never read more than their own record.
     */
    @PreAuthorize("hasRole('CLINICIAN')")
    public void requireAllReadable(Collection<Long> clientIds) {
        Set<Long> distinct = Set.copyOf(clientIds);
        long clinician = currentUser.accountId();
        if (distinct.isEmpty() || CheckedClients.known(clinician, distinct)) {
            return;
        }
        if (clients.countByIdInAndClinicianId(distinct, clinician) != distinct.size()) {
            throw new AccessDeniedException("No access to one or more of these clients");
        }
        CheckedClients.remember(clinician, distinct);
    }

    /**
     * Access check plus audit for figures read across a set of clients at once (a caseload page):
     * one audit row for the whole read, naming every client on it.
     */
    @PreAuthorize("hasRole('CLINICIAN')")
    public void readAllFor(Collection<Long> clientIds, AuditAction what) {
        requireAllReadable(clientIds);
        if (!clientIds.isEmpty()) {
            SignedInUser user = currentUser.require();
            events.publishEvent(new ContentReadBatch(user.getUsername(), user.displayName(), user.role(), clientIds, what,
                    Instant.now(clock)));
        }
    }

    /** The client record of the signed-in client. */
    @PreAuthorize("hasRole('CLIENT')")
    public ClientSummary mine() {
        return clients.findByAccountId(currentUser.accountId()).map(ClientSummary::of)
                .orElseThrow(() -> new AccessDeniedException("This account has no client record"));
    }

    /**
     * Adds a client with an account that has no password yet, and returns the one-time activation
     * link to hand over. A clinician's new client is their own; the practice manager names the clinician.
     */
    @PreAuthorize("hasAnyRole('CLINICIAN', 'ADMIN')")
    @Transactional
    public ClientCreated create(@Valid NewClientForm form) {
        SignedInUser user = currentUser.require();
        long clinicianId = switch (user.role()) {
            case CLINICIAN -> user.accountId();
            case ADMIN -> Optional.ofNullable(form.getClinicianId()).filter(accounts::isClinician)
                    .orElseThrow(() -> new IllegalArgumentException("Choose the clinician this client will see"));
            case CLIENT -> throw new AccessDeniedException("Clients do not add clients");
        };
        ActivationLink link = accounts.createPendingClientAccount(form.getEmail(), form.getDisplayName());
        String pronouns = form.getPronouns() == null || form.getPronouns().isBlank() ? null : form.getPronouns().strip();
        Client client = new Client(link.accountId(), clinicianId, form.getDisplayName().strip(),
                form.getEmail().strip().toLowerCase(java.util.Locale.ROOT), pronouns, Instant.now(clock));
        client.changeTimeZone(zoneId(form.getTimeZone()));
        client = clients.save(client);
        return new ClientCreated(ClientSummary.of(client), link);
    }

    /** A fresh activation link for a client who has not set a password yet; earlier links stop working. */
    @PreAuthorize("hasRole('CLINICIAN')")
    @Transactional
    public ActivationLink renewActivationLink(long clientId) {
        ClientSummary client = requireReadable(clientId);
        return accounts.renewActivationLink(client.accountId());
    }

    /** Whether the client still has to set their password. */
    @PreAuthorize("hasRole('CLINICIAN')")
    public boolean awaitsActivation(long clientId) {
        return accounts.isPendingActivation(requireReadable(clientId).accountId());
    }

    /**
     * The zone whose local time decides a client's hours and days (their evenings are their own, wherever
     * the practice is): the client's own zone, or the practice's when none is set.
     */
    @PreAuthorize("hasAnyRole('CLINICIAN', 'CLIENT', 'ADMIN')")
    public java.time.ZoneId zoneOf(long clientId) {
        String zone = readable(clientId).getTimeZone();
        return zone == null ? clock.getZone() : java.time.ZoneId.of(zone);
    }

    /** Whether the client has a zone of their own rather than the practice's. */
    @PreAuthorize("hasAnyRole('CLINICIAN', 'CLIENT', 'ADMIN')")
    public boolean hasOwnZone(long clientId) {
        return readable(clientId).getTimeZone() != null;
    }

    /** Sets the client's time zone (a {@link java.time.ZoneId} id), or back to the practice's with null or blank. */
    @PreAuthorize("hasRole('CLINICIAN')")
    @Transactional
    public void changeTimeZone(long clientId, String zoneId) {
        ownClient(clientId).changeTimeZone(zoneId(zoneId));
    }

    private static String zoneId(String zoneId) {
        if (zoneId == null || zoneId.isBlank()) {
            return null;
        }
        try {
            return java.time.ZoneId.of(zoneId.strip()).getId();
        } catch (java.time.DateTimeException e) {
            throw new IllegalArgumentException("Choose a time zone from the list, for example Europe/London");
        }
    }

    @PreAuthorize("hasRole('CLINICIAN')")
    @Transactional
    public ClientSummary discharge(long clientId,
            @NotBlank(message = "Say briefly why, for the record") @Size(max = 500, message = "Keep it under 500 characters") String reason) {
        Client client = ownClient(clientId);
        client.discharge(reason.strip(), Instant.now(clock));
        accounts.endSignInForDischarge(client.getAccountId());
        return ClientSummary.of(client);
    }

    @PreAuthorize("hasRole('CLINICIAN')")
    @Transactional
    public ClientSummary reopen(long clientId) {
        Client client = ownClient(clientId);
        client.reopen();
        accounts.restoreSignInOnReopen(client.getAccountId());
        return ClientSummary.of(client);
    }

    /** The practice manager's list: names, clinicians and status, no clinical content. */
    @PreAuthorize("hasRole('ADMIN')")
    public Slice<ClientSummary> practiceClients(String nameFilter, Pageable pageable) {
        return clients.findBySearchNameContaining(SearchText.fold(nameFilter), byNameUnlessSorted(pageable))
                .map(ClientSummary::of);
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public ClientSummary reassign(long clientId, long clinicianId) {
        if (!accounts.isClinician(clinicianId)) {
            throw new IllegalArgumentException("Choose an active clinician");
        }
        Client client = clients.findById(clientId).orElseThrow(() -> denied(clientId));
        long before = client.getClinicianId();
        client.assignTo(clinicianId);
        // Ids only: who now reads this client's record changed, which a log collector should see.
        SecurityLog.event("client_reassigned", "by", currentUser.require().getUsername(), "client", clientId,
                "from_clinician", before, "to_clinician", clinicianId);
        return ClientSummary.of(client);
    }

    /**
     * Opens a client's record to the practice manager for {@link #BREAK_GLASS_FOR}, for a stated
     * reason that goes into the audit log with every read made under it. Needs a factor used in the last five
     * minutes ({@link StepUp}): an unattended signed-in screen is not enough to open a record.
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void breakGlass(long clientId,
            @NotBlank(message = "Give the reason: it is recorded in the audit log") @Size(min = 10, max = 500, message = "Give the reason in a sentence (10 to 500 characters)") String reason) {
        stepUp.require();
        clients.findById(clientId).orElseThrow(() -> denied(clientId));
        SignedInUser user = currentUser.require();
        Instant now = Instant.now(clock);
        breakGlass.save(new BreakGlassGrant(user.accountId(), clientId, reason.strip(), now, now.plus(BREAK_GLASS_FOR)));
        // The reason stays in the audit log: it may name the client's circumstances, which a log line never carries.
        SecurityLog.event("break_glass", "account", user.getUsername(), "client", clientId, "minutes",
                BREAK_GLASS_FOR.toMinutes());
        events.publishEvent(new ContentRead(user.getUsername(), user.displayName(), user.role(), clientId,
                AuditAction.Read.BREAK_GLASS_OPENED, reason.strip(), now));
    }

    private Optional<BreakGlassGrant> activeBreakGlass(SignedInUser user, long clientId) {
        if (user.role() != org.holdfast.security.Role.ADMIN) {
            return Optional.empty();
        }
        return breakGlass.findFirstByAccountIdAndClientIdAndExpiresAtAfterOrderByExpiresAtDesc(user.accountId(), clientId,
                Instant.now(clock));
    }

    private Client ownClient(long clientId) {
        Client client = clients.findById(clientId).orElseThrow(() -> denied(clientId));
        if (client.getClinicianId() != currentUser.accountId()) {
            throw denied(clientId);
        }
        return client;
    }

    private static Pageable byNameUnlessSorted(Pageable pageable) {
        return pageable.getSort().isSorted() ? pageable
                : PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), Sort.by("displayName"));
    }

    private static AccessDeniedException denied(long clientId) {
        return new ClientAccessDeniedException(clientId, "No access to client " + clientId);
    }
}
