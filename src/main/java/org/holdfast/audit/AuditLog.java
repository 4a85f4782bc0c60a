package org.holdfast.audit;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.holdfast.clients.ClientService;
import org.holdfast.security.CurrentUser;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading the audit log: the practice manager reads all of it, a client reads the part about
 * themself. Nothing here writes; rows come only from {@link ContentReadListener}.
 */
@Service
@Transactional(readOnly = true)
public class AuditLog {

    private final AuditEventRepository events;
    private final ClientService clients;
    private final CurrentUser currentUser;
    private final Clock clock;

    AuditLog(AuditEventRepository events, ClientService clients, CurrentUser currentUser, Clock clock) {
        this.events = events;
        this.clients = clients;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @PreAuthorize("hasRole('ADMIN')")
    public List<AuditEvent> forClient(long clientId) {
        return events.findByClientIdOrderByOccurredAtDesc(clientId);
    }

    /** The whole log, newest first, narrowed by the filter; a slice because the total is never needed. */
    @PreAuthorize("hasRole('ADMIN')")
    public Slice<AuditEvent> search(AuditFilter filter, Pageable pageable) {
        Instant from = filter.from() == null ? null : startOf(filter.from());
        Instant to = filter.to() == null ? null : startOf(filter.to().plusDays(1));
        return events.search(filter.clientId(), like(filter.actor()), like(filter.action()), from, to, unsorted(pageable));
    }

    /**
     * Who has read the signed-in client's content, newest first. The client's own reads are recorded
     * only for documents they took away (an evidence PDF and its fingerprint); those are left out here,
     * so everything listed is someone else looking.
     */
    @PreAuthorize("hasRole('CLIENT')")
    public Slice<ContentAccess> whoLookedAtMine(Pageable pageable) {
        long me = clients.mine().id();
        return events.findByClientIdAndActorNotOrderByOccurredAtDescIdDesc(me, currentUser.require().getUsername(),
                unsorted(pageable)).map(ContentAccess::of);
    }

    private Instant startOf(LocalDate day) {
        return day.atStartOfDay(clock.getZone()).toInstant();
    }

    /** The order is fixed (newest first); a sort from the UI would only fight the query's own. */
    private static Pageable unsorted(Pageable pageable) {
        return PageRequest.of(pageable.getPageNumber(), pageable.getPageSize());
    }

    private static String like(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String escaped = text.strip().toLowerCase(Locale.ROOT).replace("\\", "").replace("%", "").replace("_", "");
        return "%" + escaped + "%";
    }
}
