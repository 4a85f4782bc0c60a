package org.holdfast.homework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.holdfast.TestUsers.ELENA;
import static org.holdfast.TestUsers.PRIYA;
import static org.holdfast.TestUsers.RUTH;
import static org.holdfast.homework.HomeworkFixtures.once;
import static org.holdfast.homework.HomeworkFixtures.recurring;
import static org.holdfast.homework.HomeworkFixtures.template;

import java.time.LocalDate;
import java.util.List;

import org.holdfast.DatabaseTest;
import org.holdfast.TestUsers;
import org.holdfast.consent.ConsentService;
import org.holdfast.consent.SharingLevel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import jakarta.validation.ConstraintViolationException;

@DatabaseTest
@Transactional // rolled back: the demo data stays as it was for the other tests
class HomeworkServiceTests {

    @Autowired
    HomeworkService homework;

    @Autowired
    HomeworkFixtures fixtures;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ConsentService consent;

    final LocalDate today = LocalDate.now();

    @Test
    void theSeededLibraryHoldsTheTypicalHomework() {
        List<String> titles = users.as(ELENA, () -> homework.library(false)).stream().map(TemplateSummary::title).toList();
        assertThat(titles).hasSizeGreaterThanOrEqualTo(12).contains("Write your reasons list", "Draft the closing message",
                "Daily check-in", "A letter never sent", "Move co-parenting logistics to one written channel");
    }

    @Test
    void onceHomeworkIsOverdueOnlyAfterItsDueDateHasPassed() {
        long client = fixtures.newClientOf(ELENA);
        long yesterday = users.as(ELENA, () -> fixtures.on(today.minusDays(3)).assign(client, once("Yesterday", today.minusDays(1))));
        long dueToday = users.as(ELENA, () -> homework.assign(client, once("Today", today)));

        AssignmentStatus late = status(client, yesterday);
        assertThat(late.overdue()).containsExactly(today.minusDays(1));
        assertThat(late.nextDue()).isNull();
        assertThat(late.dueSoFar()).isOne();
        AssignmentStatus onTime = status(client, dueToday);
        assertThat(onTime.overdue()).isEmpty();
        assertThat(onTime.nextDue()).isEqualTo(today);
        assertThat(onTime.dueSoFar()).isZero();
    }

    @Test
    void dailyHomeworkCountsEachDayWithoutAnOutcomeAsOverdue() {
        long client = fixtures.newClientOf(ELENA);
        long clientAccount = jdbc.queryForObject("select account_id from client where id = ?", Long.class, client);
        String username = jdbc.queryForObject("select username from user_account where id = ?", String.class, clientAccount);
        long daily = users.as(ELENA, () -> fixtures.on(today.minusDays(4))
                .assign(client, recurring("Check in", Recurrence.DAILY, today.minusDays(4), today.plusDays(2))));
        users.as(username, () -> homework.markDone(daily, today.minusDays(4), DoneForm.of(null, true)));
        users.as(username, () -> homework.markCouldNotDo(daily, today.minusDays(3), CouldNotDoForm.of("Long shift")));

        AssignmentStatus status = status(client, daily);

        assertThat(status.occurrences()).isEqualTo(7);
        assertThat(status.done()).isOne();
        assertThat(status.couldNotDo()).isOne();
        assertThat(status.overdue()).containsExactly(today.minusDays(2), today.minusDays(1));
        assertThat(status.dueSoFar()).isEqualTo(4);
        assertThat(status.nextDue()).isEqualTo(today);
    }

    @Test
    void weeklyHomeworkFallsDueEverySevenDays() {
        long client = fixtures.newClientOf(ELENA);
        long weekly = users.as(ELENA, () -> fixtures.on(today.minusDays(14))
                .assign(client, recurring("Practise", Recurrence.WEEKLY, today.minusDays(14), today.plusDays(10))));

        AssignmentStatus status = status(client, weekly);

        assertThat(status.occurrences()).isEqualTo(4);
        assertThat(status.overdue()).containsExactly(today.minusDays(14), today.minusDays(7));
        assertThat(status.nextDue()).isEqualTo(today);
    }

    @Test
    void aSharedReflectionReachesTheClinicianAndAnUnsharedOneNever() {
        long priya = users.clientId(PRIYA);
        users.as(PRIYA, () -> consent.change(SharingLevel.NUMBERS_AND_SHARED_ENTRIES, false));
        long daily = users.as(ELENA, () -> fixtures.on(today.minusDays(1))
                .assign(priya, recurring("Letter", Recurrence.DAILY, today.minusDays(1), today.plusDays(3))));
        users.as(PRIYA, () -> homework.markDone(daily, today.minusDays(1), DoneForm.of("I wrote two pages and felt lighter", true)));
        users.as(PRIYA, () -> homework.markDone(daily, today, DoneForm.of("Something only for me", false)));

        AssignmentStatus seen = status(priya, daily);
        assertThat(seen.done()).isEqualTo(2);
        assertThat(seen.outcomes()).extracting(SharedOutcome::reflection)
                .containsExactly(null, "I wrote two pages and felt lighter");
        assertThat(users.as(ELENA, () -> homework.assignmentsFor(priya)).toString()).doesNotContain("Something only for me");

        assertThat(users.as(PRIYA, () -> homework.myHomework()).recorded())
                .filteredOn(r -> r.assignmentId() == daily).extracting(RecordedOutcome::reflection)
                .containsExactly("Something only for me", "I wrote two pages and felt lighter");
    }

    @Test
    void couldNotDoItIsRecordedWithWhatGotInTheWayForTheClinician() {
        long priya = users.clientId(PRIYA);
        users.as(PRIYA, () -> consent.change(SharingLevel.EVERYTHING, false));
        long task = users.as(ELENA, () -> homework.assign(priya, once("Tell a friend", today)));
        users.as(PRIYA, () -> homework.markCouldNotDo(task, today, CouldNotDoForm.of("They were away all week")));

        AssignmentStatus status = status(priya, task);
        assertThat(status.couldNotDo()).isOne();
        assertThat(status.outcomes()).singleElement().satisfies(o -> {
            assertThat(o.outcome()).isEqualTo(Outcome.COULD_NOT);
            assertThat(o.reason()).isEqualTo("They were away all week");
        });
        assertThat(users.as(PRIYA, () -> homework.myHomework()).today()).noneMatch(d -> d.assignmentId() == task);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            NOTHING                    | false | false
            NUMBERS_ONLY               | false | false
            NUMBERS_AND_SHARED_ENTRIES | true  | false
            EVERYTHING                 | true  | true
            """)
    void theClientsWordsAboutHomeworkFollowTheJournalsSharingLevel(SharingLevel level, boolean markedReach,
            boolean unmarkedReach) {
        long priya = users.clientId(PRIYA);
        long daily = users.as(ELENA, () -> fixtures.on(today.minusDays(3))
                .assign(priya, recurring("Urge log", Recurrence.DAILY, today.minusDays(3), today)));
        users.as(PRIYA, () -> homework.markDone(daily, today.minusDays(3), DoneForm.of("Marked reflection", true)));
        users.as(PRIYA, () -> homework.markDone(daily, today.minusDays(2), DoneForm.of("Unmarked reflection", false)));
        users.as(PRIYA, () -> homework.markCouldNotDo(daily, today.minusDays(1), CouldNotDoForm.of("Marked reason", true)));
        users.as(PRIYA, () -> homework.markCouldNotDo(daily, today, CouldNotDoForm.of("Unmarked reason", false)));
        users.as(PRIYA, () -> consent.change(level, false));

        AssignmentStatus seen = status(priya, daily);
        String words = seen.outcomes().toString();

        assertThat(seen.done()).as("the outcomes themselves always show").isEqualTo(2);
        assertThat(seen.couldNotDo()).isEqualTo(2);
        assertThat(words.contains("Marked reflection")).as("marked reflection").isEqualTo(markedReach);
        assertThat(words.contains("Marked reason")).as("marked reason").isEqualTo(markedReach);
        assertThat(words.contains("Unmarked reflection")).as("unmarked reflection").isEqualTo(unmarkedReach);
        assertThat(words.contains("Unmarked reason")).as("unmarked reason").isEqualTo(unmarkedReach);
    }

    @Test
    void recordingTheSameDayAgainReplacesTheOutcome() {
        long priya = users.clientId(PRIYA);
        long task = users.as(ELENA, () -> homework.assign(priya, once("Box up", today)));
        users.as(PRIYA, () -> homework.markCouldNotDo(task, today, CouldNotDoForm.of("Not ready")));
        users.as(PRIYA, () -> homework.markDone(task, today, DoneForm.of("Did it in the end", true)));

        assertThat(jdbc.queryForObject("select count(*) from homework_completion where assignment_id = ?", Integer.class, task))
                .isOne();
        AssignmentStatus status = status(priya, task);
        assertThat(status.done()).isOne();
        assertThat(status.couldNotDo()).isZero();
        assertThat(status.outcomes().getFirst().reason()).isNull();
    }

    @Test
    void theClientListSortsOpenHomeworkIntoEarlierTodayThisWeekAndLater() {
        long priya = users.clientId(PRIYA);
        long overdue = users.as(ELENA, () -> fixtures.on(today.minusDays(5)).assign(priya, once("Late one", today.minusDays(2))));
        long dueToday = users.as(ELENA, () -> homework.assign(priya, once("Today's", today)));
        long soon = users.as(ELENA, () -> homework.assign(priya, once("Soon", today.plusDays(3))));
        long later = users.as(ELENA, () -> homework.assign(priya, once("Later", today.plusDays(20))));

        MyHomework mine = users.as(PRIYA, () -> homework.myHomework());

        assertThat(mine.earlier()).anyMatch(d -> d.assignmentId() == overdue && d.date().equals(today.minusDays(2)));
        assertThat(mine.today()).anyMatch(d -> d.assignmentId() == dueToday);
        assertThat(mine.thisWeek()).anyMatch(d -> d.assignmentId() == soon);
        assertThat(mine.later()).anyMatch(d -> d.assignmentId() == later);
    }

    @Test
    void cancelledHomeworkLeavesTheClientsListAndIsNoLongerOverdue() {
        long priya = users.clientId(PRIYA);
        long task = users.as(ELENA, () -> fixtures.on(today.minusDays(3)).assign(priya, once("Old", today.minusDays(1))));
        users.as(ELENA, () -> homework.cancel(task));

        AssignmentStatus status = status(priya, task);
        assertThat(status.cancelled()).isTrue();
        assertThat(status.overdue()).isEmpty();
        assertThat(users.as(PRIYA, () -> homework.myHomework()).earlier()).noneMatch(d -> d.assignmentId() == task);
        assertThatThrownBy(() -> users.as(PRIYA, () -> homework.markDone(task, today.minusDays(1), DoneForm.of(null, true))))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("taken this homework off your list");
    }

    @Test
    void aClientRecordsOnlyDaysTheHomeworkFallsOnAndNotMoreThanAWeekAhead() {
        long priya = users.clientId(PRIYA);
        long weekly = users.as(ELENA, () -> homework.assign(priya, recurring("Weekly", Recurrence.WEEKLY, today, today.plusDays(21))));
        assertThatThrownBy(() -> users.as(PRIYA, () -> homework.markDone(weekly, today.plusDays(1), DoneForm.of(null, true))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not one of this homework's days");
        assertThatThrownBy(() -> users.as(PRIYA, () -> homework.markDone(weekly, today.plusDays(14), DoneForm.of(null, true))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not due yet");
    }

    @Test
    void homeworkCanLinkOnlyToOneOfTheClientsOwnActivePlans() {
        long priya = users.clientId(PRIYA);
        long priyasPlan = jdbc.queryForObject("select min(id) from no_contact_plan where client_id = ?", Long.class, priya);
        long ruthsPlan = jdbc.queryForObject("select min(id) from no_contact_plan where client_id = ?", Long.class,
                users.clientId(RUTH));
        AssignmentForm linked = once("Linked", today);
        linked.setPlanId(priyasPlan);
        long id = users.as(ELENA, () -> homework.assign(priya, linked));
        assertThat(status(priya, id).planLabel()).isEqualTo("Mum");

        AssignmentForm foreign = once("Foreign plan", today);
        foreign.setPlanId(ruthsPlan);
        assertThatThrownBy(() -> users.as(ELENA, () -> homework.assign(priya, foreign)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not one of this client's active plans");
    }

    @Test
    void templatesAreAddedEditedArchivedAndRestoredWithoutChangingAssignedText() {
        TemplateSummary added = users.as(ELENA, () -> homework.addTemplate(template("Walk a new route", "Take a route without memories.", Recurrence.WEEKLY)));
        long priya = users.clientId(PRIYA);
        AssignmentForm fromTemplate = once(added.title(), today);
        fromTemplate.setTemplateId(added.id());
        fromTemplate.setInstructions("Take a route without memories, with your dog.");
        long assigned = users.as(ELENA, () -> homework.assign(priya, fromTemplate));

        users.as(ELENA, () -> homework.updateTemplate(added.id(), template("Walk somewhere new", "Pick a new place.", null)));
        users.as(ELENA, () -> homework.archiveTemplate(added.id()));

        assertThat(users.as(ELENA, () -> homework.library(false))).noneMatch(t -> t.id() == added.id());
        assertThat(users.as(ELENA, () -> homework.library(true))).filteredOn(t -> t.id() == added.id()).singleElement()
                .satisfies(t -> {
                    assertThat(t.title()).isEqualTo("Walk somewhere new");
                    assertThat(t.archived()).isTrue();
                });
        assertThat(status(priya, assigned).instructions()).isEqualTo("Take a route without memories, with your dog.");
        assertThatThrownBy(() -> users.as(ELENA, () -> homework.assign(priya, fromTemplate)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not in the library");

        users.as(ELENA, () -> homework.restoreTemplate(added.id()));
        assertThat(users.as(ELENA, () -> homework.library(false))).anyMatch(t -> t.id() == added.id());
    }

    @Test
    void theServiceRefusesWhatTheFormsRefuse() {
        long priya = users.clientId(PRIYA);
        assertThatThrownBy(() -> users.as(ELENA, () -> homework.assign(priya, once(" ", today))))
                .isInstanceOf(ConstraintViolationException.class).hasMessageContaining("short title");
        assertThatThrownBy(() -> users.as(ELENA, () -> homework.assign(priya, once("x".repeat(121), today))))
                .isInstanceOf(ConstraintViolationException.class).hasMessageContaining("120 characters");
        assertThatThrownBy(() -> users.as(ELENA, () -> homework.assign(priya, once("No date", null))))
                .isInstanceOf(ConstraintViolationException.class).hasMessageContaining("Pick the date it is due");
        assertThatThrownBy(() -> users.as(ELENA, () -> homework.assign(priya, recurring("Daily", Recurrence.DAILY, today, null))))
                .isInstanceOf(ConstraintViolationException.class).hasMessageContaining("needs an end date");
        assertThatThrownBy(() -> users.as(ELENA, () -> homework.assign(priya, recurring("Daily", Recurrence.DAILY, today, today.minusDays(1)))))
                .isInstanceOf(ConstraintViolationException.class).hasMessageContaining("needs an end date");
        assertThatThrownBy(() -> users.as(ELENA, () -> homework.assign(priya, recurring("Daily", Recurrence.DAILY, today, today.plusYears(2)))))
                .isInstanceOf(ConstraintViolationException.class).hasMessageContaining("at most a year");
        assertThatThrownBy(() -> users.as(ELENA, () -> homework.assign(priya, once("Past", today.minusDays(1)))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("in the past");
        assertThatThrownBy(() -> users.as(ELENA, () -> homework.assign(priya, null)))
                .isInstanceOf(ConstraintViolationException.class);
        assertThatThrownBy(() -> users.as(ELENA, () -> homework.addTemplate(template("Title", "", null))))
                .isInstanceOf(ConstraintViolationException.class).hasMessageContaining("instructions");

        long task = users.as(ELENA, () -> homework.assign(priya, once("Valid", today)));
        assertThatThrownBy(() -> users.as(PRIYA, () -> homework.markDone(task, today, DoneForm.of("x".repeat(2001), true))))
                .isInstanceOf(ConstraintViolationException.class).hasMessageContaining("2,000 characters");
        assertThatThrownBy(() -> users.as(PRIYA, () -> homework.markCouldNotDo(task, today, CouldNotDoForm.of("  "))))
                .isInstanceOf(ConstraintViolationException.class).hasMessageContaining("what got in the way");
        assertThatThrownBy(() -> users.as(PRIYA, () -> homework.markDone(task, null, DoneForm.of(null, true))))
                .isInstanceOf(ConstraintViolationException.class);
    }

    @Test
    @Transactional(propagation = Propagation.NOT_SUPPORTED) // the audit row commits on its own; on MySQL a test transaction would not see it
    void everyClinicianReadOfHomeworkIsAudited() {
        long priya = users.clientId(PRIYA);
        String count = "select count(*) from audit_event where client_id = ? and actor = ? and action = 'HOMEWORK'";
        Integer before = jdbc.queryForObject(count, Integer.class, priya, ELENA);
        users.as(ELENA, () -> homework.assignmentsFor(priya));
        assertThat(jdbc.queryForObject(count, Integer.class, priya, ELENA)).isEqualTo(before + 1);

        Integer ownBefore = jdbc.queryForObject(count, Integer.class, priya, PRIYA);
        users.as(PRIYA, () -> homework.myHomework());
        assertThat(jdbc.queryForObject(count, Integer.class, priya, PRIYA)).as("the client reading their own is not audited")
                .isEqualTo(ownBefore);
    }

    private AssignmentStatus status(long clientId, long assignmentId) {
        return users.as(ELENA, () -> homework.assignmentsFor(clientId)).stream().filter(a -> a.id() == assignmentId)
                .findFirst().orElseThrow();
    }
}
