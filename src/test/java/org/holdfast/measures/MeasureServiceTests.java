package org.holdfast.measures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.holdfast.TestUsers.ALEX;
import static org.holdfast.TestUsers.ELENA;
import static org.holdfast.TestUsers.MANAGER;
import static org.holdfast.TestUsers.PRIYA;
import static org.holdfast.TestUsers.SAM;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.holdfast.DatabaseTest;
import org.holdfast.TestUsers;
import org.holdfast.caseload.CaseloadFilter;
import org.holdfast.caseload.CaseloadRow;
import org.holdfast.caseload.CaseloadService;
import org.holdfast.clients.ClientService;
import org.holdfast.consent.ConsentService;
import org.holdfast.consent.SharingLevel;
import org.holdfast.safety.SafetyService;
import org.holdfast.security.CurrentUser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import jakarta.validation.ConstraintViolationException;

@DatabaseTest
@Transactional // rolled back: the demo practice stays as it was for the other tests
class MeasureServiceTests {

    @Autowired
    MeasureService measures;

    @Autowired
    MeasureAssignmentRepository assignments;

    @Autowired
    MeasureResponseRepository responses;

    @Autowired
    MeasureDraftRepository drafts;

    @Autowired
    ClientService clients;

    @Autowired
    SafetyService safety;

    @Autowired
    CaseloadService caseload;

    @Autowired
    ConsentService consent;

    @Autowired
    CurrentUser currentUser;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcTemplate jdbc;

    final LocalDate today = LocalDate.now();

    @Test
    void anAssignedMeasureIsDueOnTheClientsTodayAndCanBeLeftAndResumed() {
        long priya = users.clientId(PRIYA);
        long id = users.as(ELENA, () -> measures.assign(priya, MeasureAssignmentForm.of(Instrument.GAD7,
                MeasureRecurrence.EVERY_2_WEEKS, today, today.plusWeeks(8))));

        List<DueMeasure> due = users.as(PRIYA, () -> measures.myDue());
        assertThat(due).filteredOn(d -> d.assignmentId() == id).singleElement()
                .satisfies(d -> assertThat(d.dueDate()).isEqualTo(today)).satisfies(d -> assertThat(d.started()).isFalse());

        MeasureForm form = users.as(PRIYA, () -> measures.open(id, today));
        form.answers().set(0, 2);
        form.answers().set(1, 1);
        users.as(PRIYA, () -> measures.saveDraft(form));

        MeasureForm resumed = users.as(PRIYA, () -> measures.open(id, today));
        assertThat(resumed.answers()).containsExactly(2, 1, null, null, null, null, null);
        assertThat(users.as(PRIYA, () -> measures.myDue())).filteredOn(d -> d.assignmentId() == id)
                .singleElement().satisfies(d -> assertThat(d.started()).isTrue());
    }

    @Test
    void anUnansweredItemIsNamedAndTheOtherAnswersAreKept() {
        long priya = users.clientId(PRIYA);
        long id = users.as(ELENA, () -> measures.assign(priya, once(Instrument.WHO5)));
        MeasureForm form = users.as(PRIYA, () -> measures.open(id, today));
        form.answers().set(0, 5);
        form.answers().set(1, 4);
        form.answers().set(3, 2);
        form.answers().set(4, 1);

        assertThatThrownBy(() -> users.as(PRIYA, () -> measures.submit(form)))
                .isInstanceOf(UnansweredItemsException.class)
                .hasMessage("Question 3 has no answer yet. Your other answers are kept.");
        assertThat(users.as(PRIYA, () -> measures.open(id, today)).answers()).containsExactly(5, 4, null, 2, 1);
        assertThat(responses.findByClientId(priya)).isEmpty();
    }

    @Test
    void aSecondSubmissionOfTheSameFormIsStoredOnce() {
        long priya = users.clientId(PRIYA);
        long id = users.as(ELENA, () -> measures.assign(priya, once(Instrument.GAD7)));
        MeasureForm form = users.as(PRIYA, () -> measures.open(id, today));
        form.answers().replaceAll(a -> 2);

        Submitted first = users.as(PRIYA, () -> measures.submit(form));
        Submitted again = users.as(PRIYA, () -> measures.submit(form));
        // The same due date sent from a second tab, whose form has its own submission id
        MeasureForm otherTab = new MeasureForm(id, today, Instrument.GAD7, java.util.UUID.randomUUID().toString(),
                new java.util.ArrayList<>(List.of(0, 0, 0, 0, 0, 0, 0)));
        Submitted third = users.as(PRIYA, () -> measures.submit(otherTab));

        assertThat(first.score().score()).isEqualTo(14);
        assertThat(first.score().band()).isEqualTo("Moderate");
        assertThat(first.alreadyStored()).isFalse();
        assertThat(again.alreadyStored()).isTrue();
        assertThat(third.alreadyStored()).isTrue();
        assertThat(again.score().id()).isEqualTo(first.score().id()).isEqualTo(third.score().id());
        assertThat(jdbc.queryForObject("select count(*) from measure_response where assignment_id = ?", Integer.class, id)).isOne();
        assertThat(users.as(PRIYA, () -> measures.myDue())).noneMatch(d -> d.assignmentId() == id);
        assertThat(drafts.findByAssignmentIdAndDueDate(id, today)).isEmpty();
    }

    @Test
    void aScheduleThatEndsBeforeItStartsIsRefused() {
        long priya = users.clientId(PRIYA);
        assertThatThrownBy(() -> users.as(ELENA, () -> measures.assign(priya, MeasureAssignmentForm.of(Instrument.PHQ9,
                MeasureRecurrence.EVERY_WEEK, today.plusDays(7), today))))
                .isInstanceOf(ConstraintViolationException.class).hasMessageContaining("ends before it starts");
        assertThatThrownBy(() -> users.as(ELENA, () -> measures.assign(priya, once(Instrument.PHQ9, today.minusDays(1)))))
                .hasMessageContaining("in the past");
    }

    /** The item 9 rule does not read consent: the flag reaches the caseload whatever the client shares. */
    @ParameterizedTest
    @EnumSource(SharingLevel.class)
    void phq9Item9AboveNotAtAllFlagsTheClientOnTheCaseloadAtEverySharingLevel(SharingLevel level) {
        long priya = users.clientId(PRIYA);
        users.as(PRIYA, () -> consent.change(level, false));
        long id = users.as(ELENA, () -> measures.assign(priya, once(Instrument.PHQ9)));
        assertThat(priyaRow().feelsUnsafe()).isFalse();

        MeasureForm form = users.as(PRIYA, () -> measures.open(id, today));
        form.answers().replaceAll(a -> 0);
        form.answers().set(8, 1); // "Several days"
        Submitted sent = users.as(PRIYA, () -> measures.submit(form));

        assertThat(sent.safetyResponse()).isTrue();
        assertThat(sent.score().safetyAnswer()).isTrue();
        assertThat(priyaRow().feelsUnsafe()).isTrue();
        assertThat(users.as(ELENA, () -> safety.signals(priya)).getFirst().note())
                .isEqualTo("PHQ-9 question 9 (thoughts of being better off dead or of self-harm) answered \u201cSeveral days\u201d.");
    }

    @Test
    void theSafetyFlagIsRaisedAsSoonAsTheDraftHoldsTheAnswerAndOnlyOnce() {
        long priya = users.clientId(PRIYA);
        long id = users.as(ELENA, () -> measures.assign(priya, once(Instrument.PHQ9)));
        MeasureForm form = users.as(PRIYA, () -> measures.open(id, today));
        form.answers().set(8, 2);

        assertThat(users.as(PRIYA, () -> measures.saveDraft(form))).isTrue();
        assertThat(priyaRow().feelsUnsafe()).isTrue();
        assertThat(users.as(PRIYA, () -> measures.saveDraft(form))).isFalse();
        form.answers().replaceAll(a -> a == null ? 0 : a);
        users.as(PRIYA, () -> measures.submit(form));
        assertThat(users.as(ELENA, () -> safety.signals(priya))).filteredOn(s -> s.note() != null && s.note().startsWith("PHQ-9"))
                .hasSize(1);
    }

    @Test
    void item9AnsweredNotAtAllRaisesNoFlag() {
        long priya = users.clientId(PRIYA);
        long id = users.as(ELENA, () -> measures.assign(priya, once(Instrument.PHQ9)));
        MeasureForm form = users.as(PRIYA, () -> measures.open(id, today));
        form.answers().replaceAll(a -> 3);
        form.answers().set(8, 0);
        Submitted sent = users.as(PRIYA, () -> measures.submit(form));
        assertThat(sent.safetyResponse()).isFalse();
        assertThat(sent.score().score()).isEqualTo(24);
        assertThat(priyaRow().feelsUnsafe()).isFalse();
    }

    @Test
    void changesAreMeasuredFromTheBaselineAndTheLastScore() {
        long priya = users.clientId(PRIYA);
        long id = users.as(ELENA, () -> on(today.minusWeeks(4)).assign(priya, MeasureAssignmentForm.of(Instrument.PHQ9,
                MeasureRecurrence.EVERY_WEEK, today.minusWeeks(4), null)));
        answerOn(id, today.minusWeeks(4), 8);  // baseline 8, mild
        answerOn(id, today.minusWeeks(3), 11); // +3: noise
        answerOn(id, today.minusWeeks(2), 17); // +6 since last, +9 since baseline: reliably worse

        List<MeasureScore> scores = users.as(ELENA, () -> measures.scoresFor(priya));
        assertThat(scores).extracting(MeasureScore::score).containsExactly(8, 11, 17);
        assertThat(scores.getFirst().sinceBaseline()).isNull();
        assertThat(scores.get(1).sinceLast()).isEqualTo(new Change(3, Change.Direction.NO_RELIABLE_CHANGE));
        assertThat(scores.get(2).sinceLast()).isEqualTo(new Change(6, Change.Direction.WORSE));
        assertThat(scores.get(2).sinceBaseline()).isEqualTo(new Change(9, Change.Direction.WORSE));
        assertThat(scores.get(2).band()).isEqualTo("Moderately severe");

        LatestMeasure latest = users.as(ELENA, () -> measures.latestFor(List.of(priya))).get(priya).getFirst();
        assertThat(latest.score()).isEqualTo(17);
        assertThat(latest.reliablyWorse()).isTrue();
        assertThat(latest.shortText()).isEqualTo("PHQ-9 17 \u2191");
    }

    @Test
    void anotherClinicianCannotReadOrAssignAndAClientOnlyTheirOwn() {
        long priya = users.clientId(PRIYA);
        long id = users.as(ELENA, () -> measures.assign(priya, once(Instrument.GAD7)));

        assertThatThrownBy(() -> users.as(SAM, () -> measures.scoresFor(priya))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.as(SAM, () -> measures.latestFor(List.of(priya)))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.as(SAM, () -> measures.assign(priya, once(Instrument.PHQ9)))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.as(SAM, () -> measures.cancel(id))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.as(MANAGER, () -> measures.scoresFor(priya))).isInstanceOf(AccessDeniedException.class);
        // Another client: the assignment id leads nowhere, and their own lists hold nothing of Priya's
        assertThatThrownBy(() -> users.as(ALEX, () -> measures.open(id, today))).isInstanceOf(AccessDeniedException.class);
        assertThat(users.as(ALEX, () -> measures.myDue())).noneMatch(d -> d.assignmentId() == id);
        assertThatThrownBy(() -> users.as(ALEX, () -> measures.scoresFor(priya))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.as(PRIYA, () -> measures.assign(priya, once(Instrument.PHQ9)))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    // Outside the test's transaction: the audit row is written in a transaction of its own, which a test transaction
    // on MariaDB (repeatable read) would not see after its first count.
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    void aClinicianReadingScoresIsAudited() {
        long priya = users.clientId(PRIYA);
        String count = "select count(*) from audit_event where client_id = ? and actor = ? and action = 'MEASURES'";
        int before = jdbc.queryForObject(count, Integer.class, priya, ELENA);
        users.as(ELENA, () -> measures.scoresFor(priya));
        assertThat(jdbc.queryForObject(count, Integer.class, priya, ELENA)).isEqualTo(before + 1);
        users.as(PRIYA, () -> measures.myScores());
        assertThat(jdbc.queryForObject(count, Integer.class, priya, ELENA)).isEqualTo(before + 1);
    }

    /** The demo practice's scores are what the instruments make of their stored answers, and follow the stories. */
    @Test
    void theDemoScoresAreTheInstrumentsOwnAndFollowTheStories() {
        List<java.util.Map<String, Object>> rows = jdbc.queryForList("select instrument, answers, score from measure_response");
        assertThat(rows).hasSizeGreaterThan(40);
        for (var row : rows) {
            Instrument i = Instrument.valueOf((String) row.get("instrument"));
            List<Integer> answers = AnswerList.read((String) row.get("answers"), i.items().size());
            assertThat(i.score(answers)).as(row.toString()).isEqualTo(((Number) row.get("score")).intValue());
            assertThat(i.needsSafetyResponse(answers)).isFalse();
        }
        long tom = users.clientId("tom@demo.holdfast");
        long zoe = users.clientId(org.holdfast.TestUsers.ZOE);
        var latest = users.as(ELENA, () -> measures.latestFor(List.of(tom, zoe, users.clientId(PRIYA))));
        assertThat(latest.get(tom)).allMatch(LatestMeasure::reliablyWorse);
        assertThat(latest.get(zoe)).noneMatch(LatestMeasure::reliablyWorse)
                .allMatch(m -> m.sinceLast() != null && m.score() < 10);
        // Priya's record is left without scores: the tests above write hers
        assertThat(latest).doesNotContainKey(users.clientId(PRIYA));
    }

    private void answerOn(long assignmentId, LocalDate day, int phq9Total) {
        users.as(PRIYA, () -> {
            MeasureService then = on(day);
            MeasureForm form = then.open(assignmentId, day);
            int left = phq9Total;
            for (int i = 0; i < 8; i++) { // item 9 stays "Not at all"
                int v = Math.min(3, left);
                form.answers().set(i, v);
                left -= v;
            }
            form.answers().set(8, 0);
            then.submit(form);
        });
    }

    /** The service on another day, without its proxies; the row-level checks inside still run through ClientService. */
    private MeasureService on(LocalDate day) {
        ZoneId zone = ZoneId.systemDefault();
        return new MeasureService(assignments, responses, drafts, clients, safety, currentUser,
                Clock.fixed(day.atStartOfDay(zone).plusHours(12).toInstant(), zone));
    }

    private CaseloadRow priyaRow() {
        long priya = users.clientId(PRIYA);
        return users.as(ELENA, () -> caseload.page(CaseloadFilter.ALL_ACTIVE, Sort.by("name"), 0, 50)).stream()
                .filter(r -> r.clientId() == priya).findFirst().orElseThrow();
    }

    private MeasureAssignmentForm once(Instrument instrument) {
        return once(instrument, today);
    }

    private static MeasureAssignmentForm once(Instrument instrument, LocalDate day) {
        return MeasureAssignmentForm.of(instrument, MeasureRecurrence.ONCE, day, null);
    }
}
