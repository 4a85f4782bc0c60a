package org.holdfast.homework;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.holdfast.clients.ClientService;
import org.holdfast.clients.ClientSummary;
import org.holdfast.consent.ConsentService;
import org.holdfast.consent.SharingLevel;
import org.holdfast.plans.PlanOverview;
import org.holdfast.plans.PlanService;
import org.holdfast.security.AuditAction;
import org.holdfast.security.CurrentUser;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/**
 * Homework: the library, assignments and the client's outcomes. Every method checks the caller
 * against {@link ClientService} first; an assignment id is never trusted alone (it is loaded and
 * its client checked). Clinicians see outcomes through {@link SharedOutcome}, which carries the
 * client's words only as far as the journal's sharing level lets them through.
 */
@Service
@Validated
@Transactional(readOnly = true)
public class HomeworkService {

    /** How far back the client's list reaches: a long tail of missed days helps nobody; the clinician still sees them. */
    static final int EARLIER_DAYS = 14;
    /** "This week": today and the six days after it. Occurrences in it may be done early. */
    static final int WEEK_DAYS = 7;
    /** How far back the client's own list of recorded outcomes goes: two weeks, as with what is still open. */
    static final int RECORDED_DAYS = 14;

    private final HomeworkTemplateRepository templates;
    private final HomeworkAssignmentRepository assignments;
    private final HomeworkCompletionRepository completions;
    private final ClientService clients;
    private final PlanService plans;
    private final ConsentService consent;
    private final CurrentUser currentUser;
    private final Clock clock;

    HomeworkService(HomeworkTemplateRepository templates, HomeworkAssignmentRepository assignments,
            HomeworkCompletionRepository completions, ClientService clients, PlanService plans, ConsentService consent,
            CurrentUser currentUser, Clock clock) {
        this.templates = templates;
        this.assignments = assignments;
        this.completions = completions;
        this.clients = clients;
        this.plans = plans;
        this.consent = consent;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    // --- the library -------------------------------------------------------------------------

    /** The practice's templates by title; archived ones last, and only when asked for. */
    @PreAuthorize("hasAnyRole('CLINICIAN', 'ADMIN')")
    public List<TemplateSummary> library(boolean includeArchived) {
        List<HomeworkTemplate> found = includeArchived ? templates.findAllByOrderByArchivedAscTitleAsc()
                : templates.findByArchivedFalseOrderByTitleAsc();
        return found.stream().map(HomeworkTemplate::summary).toList();
    }

    @PreAuthorize("hasRole('CLINICIAN')")
    @Transactional
    public TemplateSummary addTemplate(@NotNull @Valid TemplateForm form) {
        HomeworkTemplate template = new HomeworkTemplate(Instant.now(clock));
        template.apply(form);
        return templates.save(template).summary();
    }

    /** Changes the library only: assignments already made keep their own copy of the text. */
    @PreAuthorize("hasRole('CLINICIAN')")
    @Transactional
    public TemplateSummary updateTemplate(long templateId, @NotNull @Valid TemplateForm form) {
        HomeworkTemplate template = template(templateId);
        template.apply(form);
        return template.summary();
    }

    @PreAuthorize("hasRole('CLINICIAN')")
    @Transactional
    public void archiveTemplate(long templateId) {
        template(templateId).setArchived(true);
    }

    @PreAuthorize("hasRole('CLINICIAN')")
    @Transactional
    public void restoreTemplate(long templateId) {
        template(templateId).setArchived(false);
    }

    // --- assignments, the clinician's side -----------------------------------------------------

    /** Assigns homework to one of the signed-in clinician's clients and returns the assignment's id. */
    @PreAuthorize("hasRole('CLINICIAN')")
    @Transactional
    public long assign(long clientId, @NotNull @Valid AssignmentForm form) {
        clients.requireReadable(clientId);
        if (form.getDueDate().isBefore(today())) {
            throw new IllegalArgumentException("The first due date is in the past; pick today or a later day");
        }
        if (form.getPlanId() != null && plans.activePlans(clientId).stream().noneMatch(p -> p.planId() == form.getPlanId())) {
            throw new IllegalArgumentException("That plan is not one of this client's active plans");
        }
        if (form.getTemplateId() != null && templates.findById(form.getTemplateId()).filter(t -> !t.isArchived()).isEmpty()) {
            throw new IllegalArgumentException("That template is not in the library any more");
        }
        HomeworkAssignment assignment = new HomeworkAssignment(clientId, form, currentUser.accountId(), Instant.now(clock));
        return assignments.save(assignment).getId();
    }

    /** Takes homework off the client's list. Outcomes already recorded stay; nothing of it is overdue any more. */
    @PreAuthorize("hasRole('CLINICIAN')")
    @Transactional
    public void cancel(long assignmentId) {
        assignmentOnCaseload(assignmentId).cancel(Instant.now(clock));
    }

    /** A client's assignments, newest first, with progress and what the client shared. The read is audited. */
    @PreAuthorize("hasAnyRole('CLINICIAN', 'ADMIN')")
    public List<AssignmentStatus> assignmentsFor(long clientId) {
        clients.readFor(clientId, AuditAction.Read.HOMEWORK);
        SharingLevel level = consent.of(clientId).level();
        LocalDate today = today();
        Map<Long, String> planLabels = plans.activePlans(clientId).stream()
                .collect(Collectors.toMap(PlanOverview::planId, PlanOverview::personLabel));
        Map<Long, List<HomeworkCompletion>> outcomes = completions.findByClientId(clientId).stream()
                .collect(Collectors.groupingBy(HomeworkCompletion::getAssignmentId));
        return assignments.findByClientIdOrderByFirstDueDescIdDesc(clientId).stream()
                .map(a -> status(a, outcomes.getOrDefault(a.getId(), List.of()), planLabels, today, level))
                .toList();
    }

    /**
     * Homework figures for many clients in a constant number of queries (the access check, the
     * assignments, the outcome counts, the outcomes recorded from today on), whatever the number of clients.
     */
    @PreAuthorize("hasRole('CLINICIAN')")
    public Map<Long, HomeworkSummary> summariesFor(@NotNull Collection<Long> clientIds) {
        if (clientIds.isEmpty()) {
            return Map.of();
        }
        Set<Long> ids = Set.copyOf(clientIds);
        clients.requireAllReadable(ids);
        LocalDate today = today();
        List<HomeworkAssignment> all = assignments.findByClientIdIn(ids);
        Map<Long, OutcomeCounts> counts = completions.countsFor(ids, today).stream()
                .collect(Collectors.toMap(OutcomeCounts::assignmentId, Function.identity()));
        Map<Long, Set<LocalDate>> recordedFromToday = completions.recordedFrom(ids, today).stream()
                .collect(Collectors.groupingBy(RecordedDate::assignmentId,
                        Collectors.mapping(RecordedDate::date, Collectors.toSet())));

        Map<Long, HomeworkSummary> result = new LinkedHashMap<>();
        ids.forEach(id -> result.put(id, HomeworkSummary.none(id)));
        for (HomeworkAssignment a : all) {
            OutcomeCounts c = counts.getOrDefault(a.getId(), OutcomeCounts.NONE);
            long overdue = a.isCancelled() ? 0
                    : Math.max(0, a.schedule().countBefore(today) - c.recordedBeforeToday());
            LocalDate next = nextOpen(a, today, recordedFromToday.getOrDefault(a.getId(), Set.of()));
            HomeworkSummary s = result.get(a.getClientId());
            boolean checkInsRunning = !a.isCancelled() && HomeworkSummary.isDailyCheckIn(a.getRecurrence(), a.getTitle())
                    && !a.getFirstDue().isAfter(today) && !a.getLastDue().isBefore(today);
            result.put(a.getClientId(), new HomeworkSummary(s.clientId(), s.done() + c.done(),
                    s.dueSoFar() + c.done() + c.couldNotDo() + overdue, s.overdue() + overdue, earliest(s.nextDue(), next),
                    checkInsRunning ? earliest(s.dailyCheckInsSince(), a.getFirstDue()) : s.dailyCheckInsSince()));
        }
        return result;
    }

    // --- the client's side ---------------------------------------------------------------------

    /** The signed-in client's open homework and what they recorded lately. */
    @PreAuthorize("hasRole('CLIENT')")
    public MyHomework myHomework() {
        ClientSummary me = me();
        LocalDate today = today();
        LocalDate earliest = today.minusDays(EARLIER_DAYS);
        LocalDate weekEnd = today.plusDays(WEEK_DAYS - 1L);
        List<HomeworkAssignment> mine = assignments.findByClientIdOrderByFirstDueDescIdDesc(me.id());
        List<HomeworkCompletion> outcomes = completions.findByClientId(me.id());
        Map<Long, Set<LocalDate>> recorded = outcomes.stream().collect(Collectors.groupingBy(
                HomeworkCompletion::getAssignmentId, Collectors.mapping(HomeworkCompletion::getOccurrenceDate, Collectors.toSet())));

        List<DueOccurrence> earlier = new ArrayList<>();
        List<DueOccurrence> dueToday = new ArrayList<>();
        List<DueOccurrence> thisWeek = new ArrayList<>();
        List<DueOccurrence> later = new ArrayList<>();
        for (HomeworkAssignment a : mine) {
            if (a.isCancelled()) {
                continue;
            }
            Set<LocalDate> done = recorded.getOrDefault(a.getId(), Set.of());
            List<LocalDate> open = a.schedule().datesFrom(earliest).takeWhile(d -> !d.isAfter(weekEnd))
                    .filter(d -> !done.contains(d)).toList();
            boolean openToday = open.contains(today);
            boolean aheadListed = false;
            for (LocalDate date : open) {
                if (date.isBefore(today)) {
                    earlier.add(due(a, date));
                } else if (date.equals(today)) {
                    dueToday.add(due(a, date));
                } else if (!openToday && !aheadListed) {
                    // Only the next day ahead, and only when nothing is open today: a daily check-in
                    // should not fill the week with copies of itself.
                    thisWeek.add(due(a, date));
                    aheadListed = true;
                }
            }
            if (open.stream().noneMatch(d -> !d.isBefore(today))) {
                // Homework due after this week still belongs on the list, so the client can see it coming.
                a.schedule().datesFrom(weekEnd.plusDays(1)).filter(d -> !done.contains(d)).findFirst()
                        .ifPresent(d -> later.add(due(a, d)));
            }
        }
        Comparator<DueOccurrence> byDate = Comparator.comparing(DueOccurrence::date).thenComparing(DueOccurrence::title);
        Map<Long, String> titles = mine.stream().collect(Collectors.toMap(HomeworkAssignment::getId, HomeworkAssignment::getTitle));
        List<RecordedOutcome> lately = outcomes.stream()
                .filter(c -> !c.getOccurrenceDate().isBefore(today.minusDays(RECORDED_DAYS)))
                .sorted(Comparator.comparing(HomeworkCompletion::getOccurrenceDate)
                        .thenComparing(HomeworkCompletion::getRecordedAt).reversed())
                .map(c -> new RecordedOutcome(c.getAssignmentId(), c.getOccurrenceDate(), titles.get(c.getAssignmentId()),
                        c.getOutcome(), c.getReflection(), c.isSharedWithClinician(), c.getReason()))
                .toList();
        return new MyHomework(sorted(earlier, byDate), sorted(dueToday, byDate), sorted(thisWeek, byDate),
                sorted(later, byDate), lately);
    }

    /**
     * Every assignment of the signed-in client, newest first, with every outcome and their own words whether shared
     * or not (they are theirs): the whole homework record for their export, where {@link #myHomework} is the last
     * two weeks for the page.
     */
    @PreAuthorize("hasRole('CLIENT')")
    public List<AssignmentStatus> myAssignments() {
        ClientSummary me = me();
        LocalDate today = today();
        Map<Long, String> planLabels = plans.activePlans(me.id()).stream()
                .collect(Collectors.toMap(PlanOverview::planId, PlanOverview::personLabel));
        Map<Long, List<HomeworkCompletion>> outcomes = completions.findByClientId(me.id()).stream()
                .collect(Collectors.groupingBy(HomeworkCompletion::getAssignmentId));
        return assignments.findByClientIdOrderByFirstDueDescIdDesc(me.id()).stream()
                .map(a -> status(a, outcomes.getOrDefault(a.getId(), List.of()), planLabels, today, SharingLevel.EVERYTHING))
                .toList();
    }

    /** The client did it. Recording again for the same day replaces the earlier outcome. */
    @PreAuthorize("hasRole('CLIENT')")
    @Transactional
    public void markDone(long assignmentId, @NotNull LocalDate occurrence, @NotNull @Valid DoneForm form) {
        HomeworkCompletion completion = completionFor(assignmentId, occurrence);
        completion.done(form, Instant.now(clock));
        save(completion);
    }

    /** The client could not do it this time, and says what got in the way. */
    @PreAuthorize("hasRole('CLIENT')")
    @Transactional
    public void markCouldNotDo(long assignmentId, @NotNull LocalDate occurrence, @NotNull @Valid CouldNotDoForm form) {
        HomeworkCompletion completion = completionFor(assignmentId, occurrence);
        completion.couldNotDo(form, Instant.now(clock));
        save(completion);
    }

    // --- helpers -----------------------------------------------------------------------------

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private HomeworkTemplate template(long templateId) {
        return templates.findById(templateId)
                .orElseThrow(() -> new IllegalArgumentException("There is no template " + templateId + " in the library"));
    }

    private ClientSummary me() {
        ClientSummary me = clients.mine();
        clients.requireReadable(me.id());
        return me;
    }

    /** Loads the assignment, then checks its client against the signed-in clinician. */
    private HomeworkAssignment assignmentOnCaseload(long assignmentId) {
        HomeworkAssignment assignment = assignments.findById(assignmentId)
                .orElseThrow(() -> new AccessDeniedException("No access to homework " + assignmentId));
        clients.requireReadable(assignment.getClientId());
        return assignment;
    }

    /** Loads the assignment, checks it is the signed-in client's own and that the day is one it may record. */
    private HomeworkCompletion completionFor(long assignmentId, LocalDate occurrence) {
        ClientSummary me = me();
        HomeworkAssignment assignment = assignments.findById(assignmentId)
                .filter(a -> a.getClientId() == me.id())
                // Same answer for someone else's homework and for no homework: ids are not to be probed.
                .orElseThrow(() -> new AccessDeniedException("No access to homework " + assignmentId));
        if (assignment.isCancelled()) {
            throw new IllegalStateException("Your clinician has taken this homework off your list, so there is nothing to record");
        }
        if (!assignment.schedule().includes(occurrence)) {
            throw new IllegalArgumentException("That day is not one of this homework's days");
        }
        // One-off homework has a deadline, not a day: doing it early is the point. Recurring days
        // can be recorded up to a week ahead (a weekly task done on a different weekday).
        if (assignment.getRecurrence() != Recurrence.ONCE && occurrence.isAfter(today().plusDays(WEEK_DAYS - 1L))) {
            throw new IllegalArgumentException("This is not due yet; it can be recorded from a week before");
        }
        return completions.findByAssignmentIdAndOccurrenceDate(assignmentId, occurrence)
                .orElseGet(() -> new HomeworkCompletion(assignment, occurrence));
    }

    private void save(HomeworkCompletion completion) {
        try {
            completions.saveAndFlush(completion);
        } catch (DataIntegrityViolationException raced) {
            // Two saves for the same day crossed; the unique index kept one. Saving again updates it.
            throw new IllegalStateException("This was saved from somewhere else at the same moment. Save again to update it.", raced);
        }
    }

    private static AssignmentStatus status(HomeworkAssignment a, List<HomeworkCompletion> outcomes,
            Map<Long, String> planLabels, LocalDate today, SharingLevel level) {
        Set<LocalDate> recorded = new HashSet<>();
        long done = 0;
        long couldNotDo = 0;
        for (HomeworkCompletion c : outcomes) {
            recorded.add(c.getOccurrenceDate());
            if (c.getOutcome() == Outcome.DONE) {
                done++;
            } else {
                couldNotDo++;
            }
        }
        Schedule schedule = a.schedule();
        List<LocalDate> overdue = a.isCancelled() ? List.of()
                : schedule.dates().takeWhile(d -> d.isBefore(today)).filter(d -> !recorded.contains(d)).toList();
        List<SharedOutcome> seen = outcomes.stream()
                .sorted(Comparator.comparing(HomeworkCompletion::getOccurrenceDate).reversed())
                .map(c -> {
                    // The client's words follow the journal's sharing rule; the outcome itself (done, could not)
                    // is the homework the clinician set, so it always shows.
                    boolean words = level.letsWordsThrough(c.isSharedWithClinician());
                    return new SharedOutcome(c.getOccurrenceDate(), c.getOutcome(), words ? c.getReflection() : null,
                            words ? c.getReason() : null, c.getRecordedAt());
                })
                .toList();
        return new AssignmentStatus(a.getId(), a.getTitle(), a.getInstructions(), a.getRecurrence(), a.getFirstDue(),
                a.getLastDue(), a.getPlanId(), a.getPlanId() == null ? null : planLabels.get(a.getPlanId()),
                a.isCancelled(), schedule.size(), done, couldNotDo, overdue, nextOpen(a, today, recorded), seen);
    }

    private static LocalDate nextOpen(HomeworkAssignment a, LocalDate today, Set<LocalDate> recorded) {
        if (a.isCancelled()) {
            return null;
        }
        return a.schedule().datesFrom(today).filter(d -> !recorded.contains(d)).findFirst().orElse(null);
    }

    private static LocalDate earliest(LocalDate a, LocalDate b) {
        return a == null ? b : b == null ? a : a.isBefore(b) ? a : b;
    }

    private static DueOccurrence due(HomeworkAssignment a, LocalDate date) {
        return new DueOccurrence(a.getId(), date, a.getTitle(), a.getInstructions(), a.getRecurrence());
    }

    private static <T> List<T> sorted(List<T> list, Comparator<? super T> order) {
        list.sort(order);
        return List.copyOf(list);
    }
}
