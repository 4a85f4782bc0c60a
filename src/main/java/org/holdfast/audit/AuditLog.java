package org.holdfast.audit;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

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
        return events.aboutClient(clientId);
    }

    /** The clients each of these rows named, for rows that read several clients at once (a caseload page). */
    @PreAuthorize("hasRole('ADMIN')")
    public Map<Long, List<Long>> clientsNamedBy(Collection<AuditEvent> rows) {
        List<Long> several = rows.stream().filter(e -> e.getClientId() == null).map(AuditEvent::getId).toList();
        if (several.isEmpty()) {
            return Map.of();
        }
        return events.clientsOf(several).stream().collect(Collectors.groupingBy(AuditEventClient::getEventId,
                Collectors.mapping(AuditEventClient::getClientId, Collectors.toList())));
    }

    /** The whole log, newest first, narrowed by the filter; a slice because the total is never needed. */
    @PreAuthorize("hasRole('ADMIN')")
    public Slice<AuditEvent> search(AuditFilter filter, Pageable pageable) {
        Instant from = filter.from() == null ? null : startOf(filter.from());
        Instant to = filter.to() == null ? null : startOf(filter.to().plusDays(1));
        String text = like(filter.action());
        // Never empty: "in ()" is not valid SQL everywhere, and no row has the code "-".
        Set<String> codes = new HashSet<>(Set.of("-"));
        if (text != null) {
            codes.addAll(AuditWords.codesMatching(text.substring(1, text.length() - 1)));
        }
        return events.search(filter.clientId(), like(filter.actor()), text, codes, from, to, unsorted(pageable));
    }

    /**
     * Who has read the signed-in client's content, newest first. The client's own reads are recorded
     * only for documents they took away (an evidence PDF and its fingerprint); those are left out here,
     * so everything listed is someone else looking. A caseload page that showed the client is listed too,
     * written once for all the clients on it; refused attempts are not, as nothing was seen.
     */
    @PreAuthorize("hasRole('CLIENT')")
    public Slice<ContentAccess> whoLookedAtMine(Pageable pageable) {
        long me = clients.mine().id();
        return events.lookedAt(me, currentUser.require().getUsername(), unsorted(pageable)).map(ContentAccess::of);
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
