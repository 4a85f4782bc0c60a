package org.holdfast.measures;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.holdfast.clients.ClientService;
import org.holdfast.clients.ClientSummary;
import org.holdfast.safety.SafetyService;
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
 * Standard measures: the clinician assigns them, the client answers them, both see the scores. Every method checks
 * the caller against {@link ClientService} first; an assignment id is never trusted alone. Scores reach the clinician
 * whatever the journal's sharing level (the form tells the client so before they start): nothing here reads consent,
 * on purpose, as with safety signals.
 */
@Service
@Validated
@Transactional(readOnly = true)
public class MeasureService {

    /** A missed due date stays on the client's Today this long: a late answer still counts, a months-old one is noise. */
    static final int LATE_DAYS = 14;

    private final MeasureAssignmentRepository assignments;
    private final MeasureResponseRepository responses;
    private final MeasureDraftRepository drafts;
    private final ClientService clients;
    private final SafetyService safety;
    private final CurrentUser currentUser;
    private final Clock clock;

    MeasureService(MeasureAssignmentRepository assignments, MeasureResponseRepository responses,
            MeasureDraftRepository drafts, ClientService clients, SafetyService safety, CurrentUser currentUser,
            Clock clock) {
        this.assignments = assignments;
        this.responses = responses;
        this.drafts = drafts;
        this.clients = clients;
        this.safety = safety;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    // --- the clinician's side ------------------------------------------------------------------

    /** Assigns a measure to one of the signed-in clinician's clients and returns the assignment's id. */
    @PreAuthorize("hasRole('CLINICIAN')")
    @Transactional
    public long assign(long clientId, @NotNull @Valid MeasureAssignmentForm form) {
        clients.requireReadable(clientId);
        if (form.getStart().isBefore(LocalDate.now(clock.withZone(clients.zoneOf(clientId))))) {
            throw new IllegalArgumentException("The start date is in the past; pick today or a later day");
        }
        return assignments.save(new MeasureAssignment(clientId, form, currentUser.accountId(), Instant.now(clock))).getId();
    }

    /** Stops an assignment: nothing more falls due; scores already given stay. */
    @PreAuthorize("hasRole('CLINICIAN')")
    @Transactional
    public void cancel(long assignmentId) {
        MeasureAssignment a = assignments.findById(assignmentId)
                .orElseThrow(() -> new AccessDeniedException("No access to measure " + assignmentId));
        clients.requireReadable(a.getClientId());
        a.cancel(Instant.now(clock));
    }

    /** The client's assignments, newest first, with what falls due next. Schedules only: no answers, so not audited. */
    @PreAuthorize("hasAnyRole('CLINICIAN', 'ADMIN')")
    public List<MeasureAssignmentStatus> assignmentsFor(long clientId) {
        clients.requireReadable(clientId);
        LocalDate today = LocalDate.now(clock.withZone(clients.zoneOf(clientId)));
        Map<Long, Long> done = responses.findByClientId(clientId).stream()
                .collect(Collectors.groupingBy(MeasureResponse::getAssignmentId, Collectors.counting()));
        Map<Long, Set<LocalDate>> doneDates = responses.findByClientId(clientId).stream().collect(Collectors.groupingBy(
                MeasureResponse::getAssignmentId, Collectors.mapping(MeasureResponse::getDueDate, Collectors.toSet())));
        return assignments.findByClientIdOrderByFirstDueDescIdDesc(clientId).stream().map(a -> {
            LocalDate next = null;
            if (!a.isCancelled()) {
                Optional<LocalDate> current = a.schedule().currentOn(today)
                        .filter(d -> !doneDates.getOrDefault(a.getId(), Set.of()).contains(d));
                next = current.or(() -> a.schedule().nextAfter(today)).orElse(null);
            }
            return new MeasureAssignmentStatus(a.getId(), a.getInstrument(), a.getRecurrence(), a.getFirstDue(),
                    a.getLastDue(), a.isCancelled(), next, done.getOrDefault(a.getId(), 0L));
        }).toList();
    }

    /** Every score of one client, oldest first, with band and changes. The read is audited. */
    @PreAuthorize("hasAnyRole('CLINICIAN', 'ADMIN')")
    public List<MeasureScore> scoresFor(long clientId) {
        clients.readFor(clientId, AuditAction.Read.MEASURES);
        return ScoreHistory.of(responses.findByClientIdOrderByCompletedAtAscIdAsc(clientId));
    }

    /**
     * The latest score per client and instrument, for the caseload, in one query whatever the number of clients. The
     * access check is here; the caseload audits its whole page of figures once ({@code CASELOAD_FIGURES}).
     */
    @PreAuthorize("hasRole('CLINICIAN')")
    public Map<Long, List<LatestMeasure>> latestFor(@NotNull Collection<Long> clientIds) {
        if (clientIds.isEmpty()) {
            return Map.of();
        }
        clients.requireAllReadable(clientIds);
        Map<Long, List<MeasureResponse>> byClient = responses.findByClientIdInOrderByCompletedAtAscIdAsc(Set.copyOf(clientIds))
                .stream().collect(Collectors.groupingBy(MeasureResponse::getClientId, LinkedHashMap::new, Collectors.toList()));
        Map<Long, List<LatestMeasure>> result = new LinkedHashMap<>();
        byClient.forEach((clientId, rows) -> result.put(clientId, latest(ScoreHistory.of(rows))));
        return result;
    }

    static List<LatestMeasure> latest(List<MeasureScore> oldestFirst) {
        Map<Instrument, MeasureScore> last = new java.util.EnumMap<>(Instrument.class);
        oldestFirst.forEach(s -> last.put(s.instrument(), s));
        List<LatestMeasure> out = new ArrayList<>();
        last.values().forEach(s -> out.add(new LatestMeasure(s.clientId(), s.instrument(), s.score(), s.band(), s.sinceLast(),
                s.reliablyWorse(), s.completedAt())));
        return out;
    }

    // --- the client's side ---------------------------------------------------------------------

    /** What the signed-in client can fill in today: each assignment's current due date not yet answered. */
    @PreAuthorize("hasRole('CLIENT')")
    public List<DueMeasure> myDue() {
        ClientSummary me = clients.mine();
        LocalDate today = today(me);
        Set<String> answered = responses.findByClientId(me.id()).stream()
                .map(r -> r.getAssignmentId() + "@" + r.getDueDate()).collect(Collectors.toSet());
        List<DueMeasure> due = new ArrayList<>();
        for (MeasureAssignment a : assignments.findByClientIdOrderByFirstDueDescIdDesc(me.id())) {
            if (a.isCancelled()) {
                continue;
            }
            a.schedule().currentOn(today)
                    .filter(d -> !d.isBefore(today.minusDays(LATE_DAYS)))
                    .filter(d -> !answered.contains(a.getId() + "@" + d))
                    .ifPresent(d -> due.add(new DueMeasure(a.getId(), d, a.getInstrument(),
                            drafts.findByAssignmentIdAndDueDate(a.getId(), d).isPresent())));
        }
        due.sort(Comparator.comparing(DueMeasure::dueDate).thenComparing(DueMeasure::instrument));
        return due;
    }

    /** The form for one due measure, with the answers of a draft if the client started it earlier. */
    @PreAuthorize("hasRole('CLIENT')")
    public MeasureForm open(long assignmentId, @NotNull LocalDate dueDate) {
        MeasureAssignment a = mine(assignmentId, dueDate);
        MeasureForm blank = MeasureForm.blank(new DueMeasure(a.getId(), dueDate, a.getInstrument(), false));
        return drafts.findByAssignmentIdAndDueDate(assignmentId, dueDate)
                .map(d -> new MeasureForm(a.getId(), dueDate, a.getInstrument(), blank.submissionId(),
                        d.answers(a.getInstrument().items().size())))
                .orElse(blank);
    }

    /** Whether the client already answered this due date (a second tab, an old link). */
    @PreAuthorize("hasRole('CLIENT')")
    public Optional<MeasureScore> myResponse(long assignmentId, @NotNull LocalDate dueDate) {
        mine(assignmentId, dueDate);
        return responses.findByAssignmentIdAndDueDate(assignmentId, dueDate)
                .flatMap(r -> myScores().stream().filter(s -> s.id() == r.getId()).findFirst());
    }

    /**
     * Keeps the answers so far. A self-harm answer reaches the clinician now, not when the form is sent: a client who
     * answers it and closes the page has still told someone. Returns true when this save raised that flag.
     */
    @PreAuthorize("hasRole('CLIENT')")
    @Transactional
    public boolean saveDraft(@NotNull MeasureForm form) {
        MeasureAssignment a = mine(form.assignmentId(), form.dueDate());
        check(a, form);
        if (responses.findByAssignmentIdAndDueDate(a.getId(), form.dueDate()).isPresent()) {
            return false; // already sent; a late keystroke from another tab must not bring the form back
        }
        MeasureDraft draft = drafts.findByAssignmentIdAndDueDate(a.getId(), form.dueDate())
                .orElseGet(() -> new MeasureDraft(a, form.dueDate()));
        draft.update(form.answers(), Instant.now(clock));
        boolean raise = a.getInstrument().needsSafetyResponse(form.answers()) && !draft.isSafetyRaised();
        if (raise) {
            raiseSafety(a.getInstrument(), form.answers());
            draft.safetyRaised();
        }
        drafts.save(draft);
        return raise;
    }

    /**
     * Stores and scores a complete measure. The same form sent twice (same submission id, or the same due date from a
     * second tab) is stored once and the stored score returned.
     *
     * @throws UnansweredItemsException naming the items without an answer; the answers given are kept as a draft
     */
    @PreAuthorize("hasRole('CLIENT')")
    // The draft saved on the way to refusing an incomplete form must survive the refusal.
    @Transactional(noRollbackFor = UnansweredItemsException.class)
    public Submitted submit(@NotNull MeasureForm form) {
        MeasureAssignment a = mine(form.assignmentId(), form.dueDate());
        check(a, form);
        long me = a.getClientId();
        Optional<MeasureResponse> already = responses.findByClientIdAndSubmissionId(me, form.submissionId())
                .or(() -> responses.findByAssignmentIdAndDueDate(a.getId(), form.dueDate()));
        if (already.isPresent()) {
            return new Submitted(score(me, already.get().getId()), a.getInstrument().needsSafetyResponse(already.get().getAnswers()), true);
        }
        if (!form.unanswered().isEmpty()) {
            saveDraft(form);
            throw new UnansweredItemsException(form.unanswered());
        }
        if (a.isCancelled()) {
            throw new IllegalStateException("Your clinician has stopped this questionnaire, so there is nothing to send");
        }
        Optional<MeasureDraft> draft = drafts.findByAssignmentIdAndDueDate(a.getId(), form.dueDate());
        boolean safetyResponse = a.getInstrument().needsSafetyResponse(form.answers());
        if (safetyResponse && draft.map(d -> !d.isSafetyRaised()).orElse(true)) {
            raiseSafety(a.getInstrument(), form.answers());
        }
        MeasureResponse saved;
        try {
            saved = responses.saveAndFlush(new MeasureResponse(a, form.dueDate(), form.submissionId(), form.answers(),
                    Instant.now(clock).truncatedTo(ChronoUnit.MICROS)));
        } catch (DataIntegrityViolationException raced) {
            throw new IllegalStateException("This was sent from somewhere else at the same moment. Open it again to see your score.", raced);
        }
        draft.ifPresent(drafts::delete);
        return new Submitted(score(me, saved.getId()), safetyResponse, false);
    }

    /** The signed-in client's own scores, oldest first. Their own: no audit. */
    @PreAuthorize("hasRole('CLIENT')")
    public List<MeasureScore> myScores() {
        return ScoreHistory.of(responses.findByClientIdOrderByCompletedAtAscIdAsc(clients.mine().id()));
    }

    // --- helpers -----------------------------------------------------------------------------

    private MeasureScore score(long clientId, long responseId) {
        return ScoreHistory.of(responses.findByClientIdOrderByCompletedAtAscIdAsc(clientId)).stream()
                .filter(s -> s.id() == responseId).findFirst().orElseThrow();
    }

    /** The note names the question and the answer chosen, which is what the clinician needs to act on. */
    private void raiseSafety(Instrument instrument, List<Integer> answers) {
        int item = instrument.safetyItem();
        String answer = instrument.answers().stream().filter(o -> o.value() == answers.get(item)).findFirst()
                .map(Instrument.Answer::label).orElse("?");
        safety.raise(instrument.shortName() + " question " + (item + 1) + " (thoughts of being better off dead or of"
                + " self-harm) answered \u201c" + answer + "\u201d.");
    }

    private static void check(MeasureAssignment a, MeasureForm form) {
        if (form.instrument() != a.getInstrument() || form.answers().size() != a.getInstrument().items().size()) {
            throw new IllegalArgumentException("These answers are not for this questionnaire");
        }
        int max = a.getInstrument().answers().stream().mapToInt(Instrument.Answer::value).max().orElseThrow();
        if (form.answers().stream().anyMatch(v -> v != null && (v < 0 || v > max))) {
            throw new IllegalArgumentException("An answer is not one of the options");
        }
        if (form.submissionId() == null || form.submissionId().length() > 36) {
            throw new IllegalArgumentException("This form has no valid submission id");
        }
    }

    /** Loads the assignment and checks it is the signed-in client's own and that the day is one of its due dates. */
    private MeasureAssignment mine(long assignmentId, LocalDate dueDate) {
        ClientSummary me = clients.mine();
        MeasureAssignment a = assignments.findById(assignmentId).filter(x -> x.getClientId() == me.id())
                // Same answer for someone else's measure and for no measure: ids are not to be probed.
                .orElseThrow(() -> new AccessDeniedException("No access to measure " + assignmentId));
        if (!a.schedule().includes(dueDate)) {
            throw new IllegalArgumentException("That day is not one of this questionnaire's due dates");
        }
        return a;
    }

    private LocalDate today(ClientSummary me) {
        return LocalDate.now(clock.withZone(clients.zoneOf(me.id())));
    }
}
