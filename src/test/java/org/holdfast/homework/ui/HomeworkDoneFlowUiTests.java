package org.holdfast.homework.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;

import org.holdfast.TestUsers;
import org.holdfast.consent.ConsentService;
import org.holdfast.consent.SharingLevel;
import org.holdfast.homework.AssignmentForm;
import org.holdfast.homework.AssignmentStatus;
import org.holdfast.homework.HomeworkService;
import org.holdfast.homework.Recurrence;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.H3;

@SpringBootTest
@Transactional
class HomeworkDoneFlowUiTests extends SpringBrowserlessTest {

    @Autowired
    HomeworkService homework;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    org.holdfast.encryption.ClientKeys keys;

    @Autowired
    ConsentService consent;

    final LocalDate today = LocalDate.now();
    long priya;
    long letter;

    @BeforeEach
    void priyaHasALetterToWriteToday() {
        priya = users.clientId(TestUsers.PRIYA);
        AssignmentForm form = new AssignmentForm();
        form.setTitle("A letter you keep");
        form.setInstructions("Write it, keep it.");
        form.setRecurrence(Recurrence.ONCE);
        form.setDueDate(today);
        letter = users.as(TestUsers.ELENA, () -> homework.assign(priya, form));
    }

    @Test
    @WithUserDetails(TestUsers.PRIYA)
    void doneWithAPrivateReflectionIsListedForTheClientAndNeverReachesTheClinician() {
        // The one level where the client marks what is shared; like a new journal entry, a reflection starts private.
        consent.change(SharingLevel.NUMBERS_AND_SHARED_ENTRIES, false);
        MyHomeworkView view = navigate(MyHomeworkView.class);
        HomeworkItem item = item(view);

        test(item.done).click();
        assertThat(item.share.isVisible()).isTrue();
        assertThat(item.share.getValue()).as("private is the default").isFalse();
        assertThat(item.reflection.getHelperText()).isEqualTo("Your clinician sees this only if you tick the box below.");
        test(item.reflection).setValue("Felt lighter afterwards");
        test(item.saveDone).click();

        Map<String, Object> row = jdbc.queryForMap(
                "select outcome, reflection, shared_with_clinician from homework_completion where assignment_id = ?", letter);
        assertThat(row.get("outcome")).isEqualTo("DONE");
        assertThat(keys.plainText((String) row.get("reflection"))).isEqualTo("Felt lighter afterwards");
        assertThat(row.get("shared_with_clinician")).isEqualTo(false);
        assertThat(find(HomeworkItem.class).all()).noneMatch(i -> i.due.assignmentId() == letter);
        assertThat(view.recorded.getElement().getTextRecursively()).contains("A letter you keep", "Felt lighter afterwards",
                "Only you");

        AssignmentStatus seen = users.as(TestUsers.ELENA, () -> homework.assignmentsFor(priya)).stream()
                .filter(a -> a.id() == letter).findFirst().orElseThrow();
        assertThat(seen.done()).isOne();
        assertThat(seen.outcomes().getFirst().reflection()).isNull();
    }

    @Test
    @WithUserDetails(TestUsers.PRIYA)
    void couldNotDoItAsksGentlyForWhatGotInTheWayAndKeepsTheItemUntilAnswered() {
        MyHomeworkView view = navigate(MyHomeworkView.class);
        HomeworkItem item = item(view);

        test(item.couldNot).click();
        assertThat(item.reason.getLabel()).isEqualTo("That's okay. What got in the way?");
        test(item.saveCouldNot).click();

        assertThat(item.reason.isInvalid()).isTrue();
        assertThat(item.reason.getErrorMessage()).contains("what got in the way");
        assertThat(completions()).isZero();

        test(item.reason).setValue("My sister visited and I ran out of evening");
        test(item.saveCouldNot).click();

        assertThat(completions()).isOne();
        assertThat(view.recorded.getElement().getTextRecursively()).contains("Not this time",
                "My sister visited and I ran out of evening");
    }

    @Test
    @WithUserDetails(TestUsers.PRIYA)
    void aClientSharingNothingIsToldUnderBothFieldsThatOnlyTheyWillSeeTheirWordsAndGetsNoBoxToTick() {
        consent.change(SharingLevel.NOTHING, false);
        MyHomeworkView view = navigate(MyHomeworkView.class);
        HomeworkItem item = item(view);

        test(item.done).click();
        assertThat(item.reflection.getHelperText())
                .isEqualTo("Only you will see this: you share nothing of your journal with your clinician.");
        assertThat(item.share.isVisible()).isFalse();
        test(item.couldNot).click();
        assertThat(item.reason.getHelperText()).contains("Only you will see this");
        assertThat(item.shareReason.isVisible()).isFalse();
        test(item.reason).setValue("Too tired after work");
        test(item.saveCouldNot).click();

        assertThat(view.recorded.getElement().getTextRecursively()).contains("Too tired after work", "Only you");
        AssignmentStatus seen = users.as(TestUsers.ELENA, () -> homework.assignmentsFor(priya)).stream()
                .filter(a -> a.id() == letter).findFirst().orElseThrow();
        assertThat(seen.outcomes().getFirst().reason()).isNull();
    }

    @Test
    @WithUserDetails(TestUsers.PRIYA)
    void aClientSharingEverythingIsToldTheirClinicianReadsIt() {
        consent.change(SharingLevel.EVERYTHING, false);
        HomeworkItem item = item(navigate(MyHomeworkView.class));

        test(item.done).click();
        assertThat(item.reflection.getHelperText()).isEqualTo("Your clinician can read this: you share everything you write.");
        assertThat(item.share.isVisible()).isFalse();
    }

    @Test
    @WithUserDetails(TestUsers.PRIYA)
    void theClientListNeverShamesOrSaysOverdue() {
        navigate(MyHomeworkView.class);
        assertThat(find(H3.class).all()).extracting(H3::getText).contains("Today")
                .noneMatch(t -> t.toLowerCase().contains("overdue") || t.toLowerCase().contains("missed")
                        || t.toLowerCase().contains("fail"));
    }

    private HomeworkItem item(MyHomeworkView view) {
        return find(HomeworkItem.class).all().stream().filter(i -> i.due.assignmentId() == letter).findFirst().orElseThrow();
    }

    private int completions() {
        return jdbc.queryForObject("select count(*) from homework_completion where assignment_id = ?", Integer.class, letter);
    }
}
