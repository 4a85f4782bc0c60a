package org.holdfast.clients;

import org.holdfast.security.AuditAction;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.Valid;

/** Session dates per client, so that reports and pages can say "since the last session". */
@Service
@Validated
@Transactional(readOnly = true)
public class SessionService {

    private final TherapySessionRepository sessions;
    private final ClientService clients;
    private final Clock clock;

    SessionService(TherapySessionRepository sessions, ClientService clients, Clock clock) {
        this.sessions = sessions;
        this.clients = clients;
        this.clock = clock;
    }

    /** Every session of a client, newest first, with the clinician's private notes. */
    @PreAuthorize("hasAnyRole('CLINICIAN', 'ADMIN')")
    public List<SessionEntry> sessions(long clientId) {
        clients.readFor(clientId, AuditAction.Read.SESSIONS);
        return sessions.findByClientIdOrderByStartsAtDesc(clientId).stream().map(SessionEntry::of).toList();
    }

    @PreAuthorize("hasRole('CLINICIAN')")
    @Transactional
    public SessionEntry add(long clientId, @Valid SessionForm form) {
        clients.requireReadable(clientId);
        TherapySession session = new TherapySession(clientId, Instant.now(clock));
        session.apply(toInstant(form), form);
        return SessionEntry.of(sessions.save(session));
    }

    /** Updates a session; refuses if someone else changed it since {@code expectedVersion} was read. */
    @PreAuthorize("hasRole('CLINICIAN')")
    @Transactional
    public SessionEntry update(long sessionId, long expectedVersion, @Valid SessionForm form) {
        TherapySession session = sessions.findById(sessionId)
                .orElseThrow(() -> new AccessDeniedException("No access to session " + sessionId));
        clients.requireReadable(session.getClientId());
        if (session.getVersion() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(TherapySession.class, sessionId);
        }
        session.apply(toInstant(form), form);
        return SessionEntry.of(sessions.saveAndFlush(session));
    }

    /** The signed-in client's own sessions: dates only, never the clinician's notes. */
    @PreAuthorize("hasRole('CLIENT')")
    public List<SessionDate> mySessions() {
        return sessions.findByClientIdOrderByStartsAtDesc(clients.mine().id()).stream().map(SessionDate::of).toList();
    }

    /** Last held and next scheduled session for each client, in one query. */
    @PreAuthorize("hasRole('CLINICIAN')")
    public Map<Long, SessionDates> datesFor(Collection<Long> clientIds) {
        if (clientIds.isEmpty()) {
            return Map.of();
        }
        clients.requireAllReadable(clientIds);
        return sessions.datesFor(clientIds, Instant.now(clock)).stream()
                .collect(Collectors.toMap(SessionDates::clientId, Function.identity()));
    }

    /** Last held and next scheduled session of one client, for its own pages and reports. */
    @PreAuthorize("hasAnyRole('CLINICIAN', 'CLIENT', 'ADMIN')")
    public SessionDates datesOf(long clientId) {
        clients.requireReadable(clientId);
        return sessions.datesFor(List.of(clientId), Instant.now(clock)).stream().findFirst()
                .orElse(SessionDates.none(clientId));
    }

    private Instant toInstant(SessionForm form) {
        return form.getStartsAt().atZone(clock.getZone()).toInstant();
    }
}
