package org.holdfast.plans;

import org.holdfast.encryption.SealedText;
import org.holdfast.encryption.SealedTextConverter;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.holdfast.clients.ClientService;
import org.holdfast.clients.ClientSummary;
import org.holdfast.security.AuditAction;
import org.holdfast.security.CurrentUser;
import org.holdfast.security.SignedInUser;
import org.holdfast.shared.Dates;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.Valid;

/**
 * No-contact plans: written by the client's clinician, read by the clinician and, once active, by
 * the client. Every method checks the client first (a plan id alone is never trusted: the plan is
 * loaded and its client checked), every read of plan content by someone other than the client is
 * audited, and every save keeps a version.
 */
@Service
@Validated
@Transactional(readOnly = true)
public class PlanService {

    private static final Set<PlanStatus> CLIENT_VISIBLE = EnumSet.of(PlanStatus.ACTIVE, PlanStatus.PAUSED);
    /** The clinician's list: plans in force first, then drafts, then finished ones. */
    private static final Comparator<NoContactPlan> LIST_ORDER = Comparator
            .comparing((NoContactPlan p) -> switch (p.getStatus()) {
                case ACTIVE -> 0;
                case PAUSED -> 1;
                case DRAFT -> 2;
                case COMPLETED, ENDED -> 3;
            })
            .thenComparing(NoContactPlan::getStartDate)
            .thenComparing(NoContactPlan::getId);

    private final PlanRepository plans;
    private final PlanVersionRepository versions;
    private final HighRiskDateRepository highRiskDates;
    private final ClientService clients;
    private final CurrentUser currentUser;
    private final PlanJson json;
    private final Clock clock;

    PlanService(PlanRepository plans, PlanVersionRepository versions, HighRiskDateRepository highRiskDates,
            ClientService clients, CurrentUser currentUser, PlanJson json,
            Clock clock) {
        this.plans = plans;
        this.versions = versions;
        this.highRiskDates = highRiskDates;
        this.clients = clients;
        this.currentUser = currentUser;
        this.json = json;
        this.clock = clock;
    }

    /** A client's active plans, oldest first (a client may cut contact with more than one person). */
    @PreAuthorize("hasAnyRole('CLINICIAN', 'CLIENT', 'ADMIN')")
    public List<PlanOverview> activePlans(long clientId) {
        clients.readFor(clientId, AuditAction.Read.ACTIVE_PLANS);
        return plans.findByClientIdAndStatusOrderByStartDateAsc(clientId, PlanStatus.ACTIVE).stream()
                .map(PlanOverview::of).toList();
    }

    /** The first active plan of each client, in one query, for caseload columns. */
    @PreAuthorize("hasRole('CLINICIAN')")
    public Map<Long, PlanOverview> firstActivePlans(Collection<Long> clientIds) {
        if (clientIds.isEmpty()) {
            return Map.of();
        }
        clients.requireAllReadable(clientIds);
        return plans.findByClientIdInAndStatusOrderByStartDateAsc(clientIds, PlanStatus.ACTIVE).stream()
                .map(PlanOverview::of)
                .collect(Collectors.toMap(PlanOverview::clientId, Function.identity(), (first, later) -> first));
    }

    // ---- clinician: write ---------------------------------------------------------------------

    /** A new plan starts as a draft: the client does not see it until it is activated. Version 1. */
    @PreAuthorize("hasRole('CLINICIAN')")
    @Transactional
    public PlanDetails create(long clientId, @Valid PlanContent content) {
        clients.requireReadable(clientId);
        content.tidy();
        NoContactPlan plan = new NoContactPlan(clientId, Instant.now(clock));
        plan.apply(content, json.document(content));
        plans.saveAndFlush(plan);
        syncHighRiskDates(plan, content);
        PlanVersion version = keepVersion(plan, content, "Plan created");
        return details(plan, content, version.toSummary());
    }

    /**
     * Saves the edited plan as a new version. {@code expectedVersion} is the version the editor
     * loaded: if someone saved in between, nothing is written and {@link PlanConflictException} says
     * who and when. A save that changes nothing keeps no version, so the history lists changes, not clicks.
     */
    @PreAuthorize("hasRole('CLINICIAN')")
    @Transactional
    public PlanDetails update(long planId, long expectedVersion, @Valid PlanContent content) {
        NoContactPlan plan = load(planId);
        clients.requireReadable(plan.getClientId());
        refuseIfStale(plan, expectedVersion);
        content.tidy();
        Set<PlanPart> changed = PlanPart.changed(snapshotOf(plan),
                new PlanSnapshot(content, plan.getStatus(), plan.getStatusReason()));
        if (changed.isEmpty()) {
            return details(plan);
        }
        plan.apply(content, json.document(content));
        flush(plan);
        if (changed.contains(PlanPart.HIGH_RISK_DATES)) {
            syncHighRiskDates(plan, content);
        }
        PlanVersion version = keepVersion(plan, content, PlanPart.summary(changed));
        return details(plan, content, version.toSummary());
    }

    /**
     * After a refused save: merges my edit with the newer version, part by part, against the version my editor
     * loaded ({@code baseVersionNo}, as in the history). Nothing is written; the person looks at what both
     * changed, chooses, and saves the result with {@link #update} and {@link PlanMerge#theirVersion()}.
     */
    @PreAuthorize("hasRole('CLINICIAN')")
    @Transactional(readOnly = true)
    public PlanMerge merge(long planId, int baseVersionNo, PlanContent mine) {
        NoContactPlan plan = load(planId);
        clients.requireReadable(plan.getClientId());
        clients.readFor(plan.getClientId(), new AuditAction.Plan(planId));
        PlanContent base = versions.findByPlanIdAndVersionNo(planId, baseVersionNo)
                .map(v -> json.snapshot(v.getSnapshot()).content())
                .orElseThrow(() -> new IllegalArgumentException("This plan has no version " + baseVersionNo));
        PlanContent theirs = contentOf(plan);
        PlanContent myCopy = json.copy(mine);
        myCopy.tidy();
        base.tidy();
        Set<PlanPart> keptTheirs = java.util.EnumSet.noneOf(PlanPart.class);
        Set<PlanPart> bothChanged = java.util.EnumSet.noneOf(PlanPart.class);
        for (PlanPart part : PlanPart.values()) {
            if (!part.editable() || part.same(theirs, base) || part.same(myCopy, theirs)) {
                continue; // they left it alone, or we agree: mine stands
            }
            if (part.same(myCopy, base)) {
                keptTheirs.add(part); // only they changed it
            } else {
                bothChanged.add(part);
            }
        }
        PlanVersionSummary theirChange = versions.findFirstByPlanIdOrderByVersionNoDesc(planId)
                .map(PlanVersion::toSummary).orElse(null);
        return new PlanMerge(planId, plan.getVersion(), theirChange, myCopy, json.copy(theirs), keptTheirs, bothChanged);
    }

    /** Activates, pauses, completes or ends a plan; pausing, completing and ending need a reason. */
    @PreAuthorize("hasRole('CLINICIAN')")
    @Transactional
    public PlanDetails changeStatus(long planId, long expectedVersion, @Valid StatusChange change) {
        NoContactPlan plan = load(planId);
        clients.requireReadable(plan.getClientId());
        refuseIfStale(plan, expectedVersion);
        PlanStatus from = plan.getStatus();
        if (!from.next().contains(change.status())) {
            throw new IllegalArgumentException("A plan that is " + from.label().toLowerCase() + " cannot become "
                    + change.status().label().toLowerCase());
        }
        PlanContent content = contentOf(plan);
        plan.changeStatus(change.status(), change.reason() == null ? null : change.reason().strip());
        flush(plan);
        String summary = "Status: " + change.status().label()
                + (plan.getStatusReason() == null ? "" : " (" + plan.getStatusReason() + ")");
        PlanVersion version = keepVersion(plan, content, summary);
        return details(plan, content, version.toSummary());
    }

    // ---- clinician: read ----------------------------------------------------------------------

    /** Every plan of a client, whatever its status: in force first, then drafts, then finished. */
    @PreAuthorize("hasAnyRole('CLINICIAN', 'ADMIN')")
    public List<PlanOverview> plans(long clientId) {
        clients.requireReadable(clientId);
        clients.readFor(clientId, AuditAction.Read.PLAN_LIST);
        return plans.findByClientIdOrderByStartDateAsc(clientId).stream().sorted(LIST_ORDER).map(PlanOverview::of)
                .toList();
    }

    /** One plan with its full content, for the editor. */
    @PreAuthorize("hasAnyRole('CLINICIAN', 'ADMIN')")
    public PlanDetails plan(long planId) {
        NoContactPlan plan = load(planId);
        clients.requireReadable(plan.getClientId());
        clients.readFor(plan.getClientId(), new AuditAction.Plan(planId));
        return details(plan);
    }

    /** The plan's versions, newest first. */
    @PreAuthorize("hasAnyRole('CLINICIAN', 'ADMIN')")
    public List<PlanVersionSummary> history(long planId) {
        NoContactPlan plan = load(planId);
        clients.requireReadable(plan.getClientId());
        clients.readFor(plan.getClientId(), new AuditAction.PlanHistory(planId));
        return versions.findByPlanIdOrderByVersionNoDesc(planId).stream().map(PlanVersion::toSummary).toList();
    }

    /** One old version, with the parts that changed in it marked. */
    @PreAuthorize("hasAnyRole('CLINICIAN', 'ADMIN')")
    public PlanVersionDetails version(long planId, int versionNo) {
        NoContactPlan plan = load(planId);
        clients.requireReadable(plan.getClientId());
        clients.readFor(plan.getClientId(), new AuditAction.Plan(planId, versionNo));
        PlanVersion version = versions.findByPlanIdAndVersionNo(planId, versionNo)
                .orElseThrow(() -> new IllegalArgumentException("This plan has no version " + versionNo));
        PlanSnapshot snapshot = json.snapshot(version.getSnapshot());
        PlanSnapshot before = versions.findFirstByPlanIdAndVersionNoLessThanOrderByVersionNoDesc(planId, versionNo)
                .map(v -> json.snapshot(v.getSnapshot())).orElse(null);
        return new PlanVersionDetails(planId, plan.getClientId(), version.toSummary(), snapshot,
                PlanPart.changed(before, snapshot));
    }

    /** High-risk dates of active and paused plans falling within the next {@code days} days, soonest first. */
    @PreAuthorize("hasRole('CLINICIAN')")
    public List<UpcomingHighRiskDate> upcomingHighRiskDates(Collection<Long> clientIds, int days) {
        if (clientIds.isEmpty()) {
            return List.of();
        }
        clients.requireAllReadable(clientIds);
        LocalDate today = LocalDate.now(clock);
        return highRiskDates.findForClients(Set.copyOf(clientIds), CLIENT_VISIBLE).stream()
                .map(row -> {
                    HighRiskDate date = row.toDate();
                    LocalDate next = date.nextOccurrence(today);
                    return next == null || next.isAfter(today.plusDays(days)) ? null
                            : new UpcomingHighRiskDate(row.getClientId(), row.getPlanId(), date.getLabel(), next,
                                    date.isYearly());
                })
                .filter(Objects::nonNull)
                .sorted(Comparator.comparing(UpcomingHighRiskDate::date))
                .toList();
    }

    // ---- client: read -------------------------------------------------------------------------

    /** The signed-in client's plans in force (active or paused); drafts are still being agreed and stay hidden. */
    @PreAuthorize("hasRole('CLIENT')")
    public List<PlanDetails> myPlans() {
        ClientSummary me = clients.mine();
        clients.readFor(me.id(), AuditAction.Read.OWN_PLANS);
        return plans.findByClientIdAndStatusInOrderByStartDateAsc(me.id(), CLIENT_VISIBLE).stream()
                .map(this::details).toList();
    }

    /** One of the signed-in client's plans in force. */
    @PreAuthorize("hasRole('CLIENT')")
    public PlanDetails myPlan(long planId) {
        NoContactPlan plan = load(planId);
        clients.requireReadable(plan.getClientId());
        clients.readFor(plan.getClientId(), new AuditAction.Plan(planId));
        if (!plan.getStatus().visibleToClient()) {
            throw new AccessDeniedException("Plan " + planId + " is not shared with the client");
        }
        return details(plan);
    }

    // ---- inside -------------------------------------------------------------------------------

    /** Unknown and foreign plan ids get the same answer: ids are not to be probed. */
    private NoContactPlan load(long planId) {
        return plans.findById(planId).orElseThrow(() -> new AccessDeniedException("No access to plan " + planId));
    }

    private void refuseIfStale(NoContactPlan plan, long expectedVersion) {
        if (plan.getVersion() != expectedVersion) {
            throw conflict(plan);
        }
    }

    /** Two saves that both passed the version check: the database's version column decides. */
    private void flush(NoContactPlan plan) {
        try {
            plans.saveAndFlush(plan);
        } catch (ObjectOptimisticLockingFailureException raced) {
            throw racedConflict();
        }
    }

    private PlanConflictException conflict(NoContactPlan current) {
        PlanVersionSummary last = versions.findFirstByPlanIdOrderByVersionNoDesc(current.getId())
                .map(PlanVersion::toSummary).orElse(null);
        String who = last == null ? "Someone"
                : last.changedBy() == currentUser.accountId() ? "You (in another window or tab)" : last.changedByName();
        String when = last == null ? "" : " at " + Dates.time(last.changedAt(), clock.getZone())
                + " on " + Dates.format(LocalDate.ofInstant(last.changedAt(), clock.getZone()));
        String message = who + " saved this plan" + when + ", after you opened it. Your changes have not been saved"
                + " yet, and nothing you typed is lost. Look at what changed under History, then merge yours"
                + " with theirs (what only they changed stays theirs) or load theirs.";
        return new PlanConflictException(message, last == null ? null : last.changedByName(),
                last == null ? null : last.changedAt());
    }

    // The session is unusable after a failed flush, so this message cannot look up who it was.
    private static PlanConflictException racedConflict() {
        return new PlanConflictException("Someone saved this plan at the same moment as you. Your changes have not"
                + " been saved yet, and nothing you typed is lost. Look at what changed under History, then merge"
                + " yours with theirs (what only they changed stays theirs) or load theirs.", null, null);
    }

    private PlanVersion keepVersion(NoContactPlan plan, PlanContent content, String summary) {
        SignedInUser user = currentUser.require();
        int next = versions.findFirstByPlanIdOrderByVersionNoDesc(plan.getId()).map(v -> v.getVersionNo() + 1)
                .orElse(1);
        PlanVersion version = new PlanVersion(plan.getId(), plan.getClientId(), next, Instant.now(clock), user.accountId(),
                user.displayName(), summary,
                json.snapshot(new PlanSnapshot(content, plan.getStatus(), plan.getStatusReason())));
        try {
            versions.saveAndFlush(version);
        } catch (DataIntegrityViolationException raced) {
            // The unique (plan_id, version_no) index: another save took this number first.
            throw racedConflict();
        }
        return version;
    }

    private void syncHighRiskDates(NoContactPlan plan, PlanContent content) {
        highRiskDates.deleteByPlanId(plan.getId());
        highRiskDates.saveAll(content.getHighRiskDates().stream()
                .map(date -> new HighRiskDateRow(plan.getId(), plan.getClientId(), date)).toList());
    }

    private PlanContent contentOf(NoContactPlan plan) {
        return plan.fillColumns(json.content(plan.getContent()));
    }

    private PlanSnapshot snapshotOf(NoContactPlan plan) {
        return new PlanSnapshot(contentOf(plan), plan.getStatus(), plan.getStatusReason());
    }

    private PlanDetails details(NoContactPlan plan) {
        return details(plan, contentOf(plan),
                versions.findFirstByPlanIdOrderByVersionNoDesc(plan.getId()).map(PlanVersion::toSummary).orElse(null));
    }

    private PlanDetails details(NoContactPlan plan, PlanContent content, PlanVersionSummary lastChange) {
        return new PlanDetails(PlanOverview.of(plan), json.copy(content), plan.getVersion(), lastChange);
    }
}
