package org.holdfast.consent;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.holdfast.clients.ClientService;
import org.holdfast.clients.ClientSummary;
import org.holdfast.security.CurrentUser;
import org.holdfast.shared.TransactionScope;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.NotNull;

/**
 * The client's consent for their journal. Only the client changes it; the clinician reads the
 * current state. The journal reads {@link #of(long)} and {@link #ofAll(Collection)} before its
 * own clinician queries, so a change applies at once to everything already written.
 */
@Service
@Validated
@Transactional(readOnly = true)
public class ConsentService {

    /**
     * A client who has never chosen shares numbers only: the caseload keeps its figures, and no word
     * the client wrote reaches anyone before they say so.
     */
    public static final SharingLevel DEFAULT_LEVEL = SharingLevel.NUMBERS_ONLY;

    private final JournalConsentRepository consents;
    private final ConsentHistoryRepository history;
    private final ClientService clients;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ConsentService(JournalConsentRepository consents, ConsentHistoryRepository history, ClientService clients,
            CurrentUser currentUser, ApplicationEventPublisher events, Clock clock) {
        this.consents = consents;
        this.history = history;
        this.clients = clients;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /** The signed-in client's consent. */
    @PreAuthorize("hasRole('CLIENT')")
    public ConsentState mine() {
        return stateOf(clients.mine().id());
    }

    /** Changes the signed-in client's consent; applies at once and is kept in the history. */
    @PreAuthorize("hasRole('CLIENT')")
    @Transactional
    public ConsentState change(@NotNull(message = "Choose what you share") SharingLevel level, boolean shareContactLog) {
        ClientSummary me = clients.mine();
        ConsentState before = stateOf(me.id());
        if (before.chosen() && before.level() == level && before.shareContactLog() == shareContactLog) {
            return before;
        }
        Instant now = Instant.now(clock);
        JournalConsent consent = consents.findById(me.id()).orElseGet(() -> new JournalConsent(me.id()));
        consent.change(level, shareContactLog, now);
        consents.save(consent);
        history.save(new ConsentHistory(me.id(), now, currentUser.require().getUsername(), before.level(), level,
                before.shareContactLog(), shareContactLog));
        events.publishEvent(new ConsentChanged(me.id(), before.level(), level, shareContactLog, now));
        return consent.toState();
    }

    /** The signed-in client's consent changes, newest first. */
    @PreAuthorize("hasRole('CLIENT')")
    public List<ConsentChange> myHistory() {
        return history.findByClientIdOrderByChangedAtDescIdDesc(clients.mine().id()).stream()
                .map(ConsentHistory::toChange).toList();
    }

    /** A client's current consent, for their clinician (or a practice manager under break-glass). */
    @PreAuthorize("hasAnyRole('CLINICIAN', 'CLIENT', 'ADMIN')")
    public ConsentState of(long clientId) {
        clients.requireReadable(clientId);
        return stateOf(clientId);
    }

    /** The sharing level of each of the given clients, in one query; access checked for the whole set. */
    @PreAuthorize("hasRole('CLINICIAN')")
    public Map<Long, ConsentState> ofAll(Collection<Long> clientIds) {
        clients.requireAllReadable(clientIds);
        // The caseload's risk flags and its journal columns both ask, in one transaction, for the same clients.
        return TransactionScope.readOnce(new AllOf(Set.copyOf(clientIds)), () -> {
            Map<Long, ConsentState> states = new HashMap<>();
            clientIds.forEach(id -> states.put(id, defaultState(id)));
            consents.findByClientIdIn(clientIds).forEach(c -> states.put(c.getClientId(), c.toState()));
            return Collections.unmodifiableMap(states);
        });
    }

    private record AllOf(Set<Long> clientIds) {
    }

    private ConsentState stateOf(long clientId) {
        return consents.findById(clientId).map(JournalConsent::toState).orElseGet(() -> defaultState(clientId));
    }

    private static ConsentState defaultState(long clientId) {
        return new ConsentState(clientId, DEFAULT_LEVEL, false, null);
    }
}
