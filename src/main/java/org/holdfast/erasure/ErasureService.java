package org.holdfast.erasure;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.holdfast.clients.ClientErasure;
import org.holdfast.clients.ClientService;
import org.holdfast.clients.DischargedClient;
import org.holdfast.security.AuditAction;
import org.holdfast.security.CurrentUser;
import org.holdfast.security.ErasureRecorded;
import org.holdfast.security.Role;
import org.holdfast.security.SignedInUser;
import org.holdfast.security.StepUp;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Retention and erasure, for the client (ask, withdraw) and the practice manager (review, approve, decline, set the
 * retention period). Erasing is the manager's, with a reason and a recent second factor; every step has its line in
 * the audit log, written in the same transaction as the step.
 */
@Service
@Validated
@Transactional(readOnly = true)
public class ErasureService {

    private final ErasureRequestRepository requests;
    private final RetentionPolicyRepository policy;
    private final ClientService clients;
    private final ClientErasure erasure;
    private final CurrentUser currentUser;
    private final StepUp stepUp;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final TransactionTemplate transaction;

    ErasureService(ErasureRequestRepository requests, RetentionPolicyRepository policy, ClientService clients,
            ClientErasure erasure, CurrentUser currentUser, StepUp stepUp, ApplicationEventPublisher events, Clock clock,
            PlatformTransactionManager transactions) {
        this.requests = requests;
        this.policy = policy;
        this.clients = clients;
        this.erasure = erasure;
        this.currentUser = currentUser;
        this.stepUp = stepUp;
        this.events = events;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** The client's own request, awaiting the practice manager; empty when they have none open. */
    @PreAuthorize("hasRole('CLIENT')")
    public Optional<LocalDate> myOpenRequest() {
        return requests.findByPendingClient(clients.mine().id()).map(r -> day(r.getRequestedAt()));
    }

    /**
     * The client asks for their record to be erased. Asked twice (a double click, a second device), the first request
     * stands and its date is returned: one request, one decision.
     */
    @PreAuthorize("hasRole('CLIENT')")
    @Transactional(propagation = Propagation.NEVER)
    public LocalDate requestMine() {
        long me = clients.mine().id();
        return request(me, ErasureGrounds.CLIENT_ASKED);
    }

    @PreAuthorize("hasRole('CLIENT')")
    @Transactional
    public void withdrawMine() {
        long me = clients.mine().id();
        requests.findByPendingClient(me).ifPresent(r -> {
            r.decide(ErasureStatus.WITHDRAWN, null, null, clock.instant());
            record(me, AuditAction.Erasure.Step.ERASURE_WITHDRAWN, r.getId());
        });
    }

    /** The practice manager asks for a record kept past the retention period to be erased (approved separately). */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(propagation = Propagation.NEVER)
    public LocalDate requestForRetention(long clientId) {
        DischargedClient client = erasure.find(clientId)
                .orElseThrow(() -> new IllegalStateException("This record has already been erased"));
        if (client.dischargedAt() == null || !client.dischargedAt().isBefore(cutoff())) {
            throw new IllegalStateException(client.displayName() + "'s record is within the practice's retention period");
        }
        return request(clientId, ErasureGrounds.RETENTION_ENDED);
    }

    private LocalDate request(long clientId, ErasureGrounds grounds) {
        SignedInUser me = currentUser.require();
        try {
            return transaction.execute(status -> requests.findByPendingClient(clientId).map(r -> day(r.getRequestedAt()))
                    .orElseGet(() -> {
                        ErasureRequest made = requests.saveAndFlush(
                                new ErasureRequest(clientId, grounds, me.role(), me.displayName(), clock.instant()));
                        record(clientId, AuditAction.Erasure.Step.ERASURE_REQUESTED, made.getId());
                        return day(made.getRequestedAt());
                    }));
        } catch (DataIntegrityViolationException madeAMomentAgo) {
            // Another request for the client was stored between our look and our insert: that one stands.
            return transaction.execute(status -> requests.findByPendingClient(clientId).map(r -> day(r.getRequestedAt()))
                    .orElseThrow(() -> madeAMomentAgo));
        }
    }

    /** Requests awaiting a decision, oldest first. */
    @PreAuthorize("hasRole('ADMIN')")
    public Slice<ErasureRequestRow> open(Pageable pageable) {
        return rows(requests.findByStatus(ErasureStatus.REQUESTED, sorted(pageable, "requestedAt")));
    }

    /** Decided requests, newest first: what was erased, declined or withdrawn, by whom and why. */
    @PreAuthorize("hasRole('ADMIN')")
    public Slice<ErasureRequestRow> decided(Pageable pageable) {
        return rows(requests.findByStatusNot(ErasureStatus.REQUESTED,
                sorted(pageable, Sort.by(Sort.Direction.DESC, "decidedAt"))));
    }

    /** Discharged clients kept longer than the retention period, longest first. */
    @PreAuthorize("hasRole('ADMIN')")
    public Slice<PastRetention> pastRetention(Pageable pageable) {
        int years = policy.practice().getYearsAfterDischarge();
        Slice<DischargedClient> due = erasure.dischargedBefore(cutoff(), pageable);
        Set<Long> asked = requests.findByPendingClientIn(due.map(DischargedClient::id).toList()).stream()
                .map(ErasureRequest::getClientId).collect(Collectors.toSet());
        return due.map(c -> new PastRetention(c.id(), c.displayName(), day(c.dischargedAt()),
                day(c.dischargedAt()).plusYears(years), asked.contains(c.id())));
    }

    /**
     * Erases the record: the client's data key is destroyed, then their rows, sessions and account; the request is
     * marked erased and the audit log gets its line, all in one transaction, so a failure anywhere erases nothing.
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void approve(long requestId,
            @NotBlank(message = "Give the reason: it is kept with the request") @Size(min = 10, max = ErasureRequest.REASON_MAX, message = "Give the reason in a sentence (10 to 500 characters)") String reason) {
        stepUp.require();
        ErasureRequest request = pending(requestId);
        long clientId = request.getClientId();
        erasure.erase(clientId);
        request.decide(ErasureStatus.ERASED, currentUser.require().displayName(), reason.strip(), clock.instant());
        record(clientId, AuditAction.Erasure.Step.CLIENT_ERASED, requestId);
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void decline(long requestId,
            @NotBlank(message = "Give the reason: the client's clinician can tell them") @Size(min = 10, max = ErasureRequest.REASON_MAX, message = "Give the reason in a sentence (10 to 500 characters)") String reason) {
        ErasureRequest request = pending(requestId);
        request.decide(ErasureStatus.DECLINED, currentUser.require().displayName(), reason.strip(), clock.instant());
        record(request.getClientId(), AuditAction.Erasure.Step.ERASURE_DECLINED, requestId);
    }

    @PreAuthorize("hasRole('ADMIN')")
    public Retention retention() {
        RetentionPolicy rule = policy.practice();
        return new Retention(rule.getYearsAfterDischarge(), rule.getChangedBy(),
                rule.getChangedAt() == null ? null : day(rule.getChangedAt()));
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public Retention changeRetention(
            @Min(value = RetentionPolicy.MIN_YEARS, message = "At least 1 year") @Max(value = RetentionPolicy.MAX_YEARS, message = "At most 100 years") int years) {
        policy.practice().change(years, currentUser.require().displayName(), clock.instant());
        return retention();
    }

    /** Discharged before this instant: past the retention period today. */
    private Instant cutoff() {
        return LocalDate.now(clock).minusYears(policy.practice().getYearsAfterDischarge()).atStartOfDay(zone()).toInstant();
    }

    private ErasureRequest pending(long requestId) {
        ErasureRequest request = requests.findById(requestId)
                .orElseThrow(() -> new IllegalStateException("There is no such request"));
        if (request.getStatus() != ErasureStatus.REQUESTED) {
            throw new IllegalStateException("This request was already decided: " + request.getStatus().label().toLowerCase(Locale.ROOT));
        }
        return request;
    }

    private Slice<ErasureRequestRow> rows(Slice<ErasureRequest> page) {
        Map<Long, DischargedClient> named = erasure.find(page.stream().map(ErasureRequest::getClientId).distinct().toList())
                .stream().collect(Collectors.toMap(DischargedClient::id, Function.identity()));
        return page.map(r -> {
            DischargedClient client = named.get(r.getClientId());
            String by = r.getRequestedByRole() == Role.CLIENT ? "The client"
                    : r.getRequestedByName() + " (" + r.getRequestedByRole().label().toLowerCase(Locale.ROOT) + ")";
            return new ErasureRequestRow(r.getId(), r.getClientId(), client == null ? null : client.displayName(),
                    r.getGrounds(), by, day(r.getRequestedAt()), r.getStatus(),
                    client == null || client.dischargedAt() == null ? null : day(client.dischargedAt()),
                    r.getDecidedByName(), r.getDecidedAt() == null ? null : day(r.getDecidedAt()), r.getDecisionReason());
        });
    }

    private void record(long clientId, AuditAction.Erasure.Step step, long requestId) {
        SignedInUser me = currentUser.require();
        events.publishEvent(new ErasureRecorded(me.getUsername(), me.displayName(), me.role(), clientId,
                new AuditAction.Erasure(step, requestId), clock.instant()));
    }

    private static Pageable sorted(Pageable pageable, String property) {
        return sorted(pageable, Sort.by(property));
    }

    private static Pageable sorted(Pageable pageable, Sort sort) {
        return pageable.getSort().isSorted() ? pageable : PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), sort);
    }

    private LocalDate day(Instant at) {
        return LocalDate.ofInstant(at, zone());
    }

    private ZoneId zone() {
        return clock.getZone();
    }
}
