package org.holdfast.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.holdfast.TestUsers.ALEX;
import static org.holdfast.TestUsers.PRIYA;
import static org.holdfast.TestUsers.RUTH;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.UUID;

import org.holdfast.DatabaseTest;
import org.holdfast.TestUsers;
import org.holdfast.plans.Channel;
import org.holdfast.plans.ExceptionReason;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

import jakarta.validation.ConstraintViolationException;

@DatabaseTest
@Transactional // rolled back: the demo data stays as it was for the other tests
class JournalEntryTests {

    @Autowired
    JournalService journal;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theSameUrgeSubmittedTwiceIsStoredOnce() {
        UrgeForm form = urge(7, UrgeOutcome.RESISTED, "Called my sister");
        JournalItem first = users.as(PRIYA, () -> journal.recordUrge(form));
        JournalItem again = users.as(PRIYA, () -> journal.recordUrge(form));

        assertThat(again.id()).isEqualTo(first.id());
        assertThat(jdbc.queryForObject("select count(*) from journal_entry where client_id = ? and submission_id = ?",
                Integer.class, users.clientId(PRIYA), form.getSubmissionId())).isEqualTo(1);
    }

    @Test
    void entriesMayBeBackDatedSevenDaysButNotMoreAndNotIntoTheFuture() {
        UrgeForm sevenDays = urge(4, UrgeOutcome.RESISTED, null);
        sevenDays.setDate(LocalDate.now().minusDays(7));
        JournalItem saved = users.as(PRIYA, () -> journal.recordUrge(sevenDays));
        assertThat(saved.receivedAt()).isAfter(saved.occurredAt());

        UrgeForm eightDays = urge(4, UrgeOutcome.RESISTED, null);
        eightDays.setDate(LocalDate.now().minusDays(8));
        assertThatThrownBy(() -> users.as(PRIYA, () -> journal.recordUrge(eightDays)))
                .isInstanceOf(BackdatingException.class).hasMessageContaining("last 7 days");

        UrgeForm tomorrow = urge(4, UrgeOutcome.RESISTED, null);
        tomorrow.setDate(LocalDate.now().plusDays(1));
        assertThatThrownBy(() -> users.as(PRIYA, () -> journal.recordUrge(tomorrow)))
                .isInstanceOf(BackdatingException.class).hasMessageContaining("still to come");
    }

    @Test
    void serviceRunsTheFormsRulesAgain() {
        UrgeForm tooStrong = urge(11, UrgeOutcome.RESISTED, null);
        assertThatThrownBy(() -> users.as(PRIYA, () -> journal.recordUrge(tooStrong)))
                .isInstanceOf(ConstraintViolationException.class).hasMessageContaining("0 (barely there) to 10");
        SlipForm noChannel = slip(null, SlipDirection.REACHED_OUT, null);
        assertThatThrownBy(() -> users.as(PRIYA, () -> journal.recordSlip(noChannel)))
                .isInstanceOf(ConstraintViolationException.class).hasMessageContaining("how the contact happened");
    }

    @Test
    void aSlipRestartsTheCountAndOffersWhatHelpedBeforeWithoutShame() {
        users.as(PRIYA, () -> journal.recordUrge(urge(6, UrgeOutcome.RESISTED, "Walked round the park twice")));
        SlipResponse response = users.as(PRIYA, () -> journal.recordSlip(slip(Channel.SOCIAL_MEDIA, SlipDirection.INDIRECT, null)));

        assertThat(response.permitted()).isFalse();
        assertThat(response.message()).contains("starts again").doesNotContainIgnoringCase("fail");
        assertThat(response.whatHelpedBefore()).contains("Walked round the park twice");
        assertThat(users.as(PRIYA, () -> journal.myLastSlip())).contains(LocalDate.now());
        assertThat(jdbc.queryForObject("select kind from journal_entry where id = ?", String.class, response.entry().id()))
                .isEqualTo("SLIP");
    }

    @Test
    void contactInsideThePlansExceptionIsPermittedContactNotASlip() {
        // Ruth's plan keeps co-parenting contact by text.
        SlipResponse response = users.as(RUTH,
                () -> journal.recordSlip(slip(Channel.TEXT, SlipDirection.REPLIED, ExceptionReason.CO_PARENTING)));
        assertThat(response.permitted()).isTrue();
        assertThat(jdbc.queryForObject("select kind from journal_entry where id = ?", String.class, response.entry().id()))
                .isEqualTo("PERMITTED_CONTACT");

        assertThatThrownBy(() -> users.as(RUTH,
                () -> journal.recordSlip(slip(Channel.PHONE, SlipDirection.REPLIED, ExceptionReason.CO_PARENTING))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no co-parenting exception by phone");
    }

    @Test
    void aDraftSurvivesUntilTheFormIsSubmitted() {
        UrgeForm form = urge(8, UrgeOutcome.DELAYED, "Half written");
        form.setTriggers(EnumSet.of(Trigger.ALCOHOL, Trigger.EVENING));
        users.as(PRIYA, () -> journal.saveDraft(form));

        UrgeForm restored = users.as(PRIYA, () -> journal.draft(UrgeForm.class)).orElseThrow();
        assertThat(restored.getSubmissionId()).isEqualTo(form.getSubmissionId());
        assertThat(restored.getDidInstead()).isEqualTo("Half written");
        assertThat(restored.getTriggers()).containsExactlyInAnyOrder(Trigger.ALCOHOL, Trigger.EVENING);
        assertThat(restored.getTime()).isEqualTo(form.getTime());

        users.as(PRIYA, () -> journal.recordUrge(restored));
        assertThat(users.as(PRIYA, () -> journal.draft(UrgeForm.class))).isEmpty();
    }

    @Test
    void theClientSharesAndUnsharesTheirOwnEntriesOnly() {
        JournalItem urge = users.as(PRIYA, () -> journal.recordUrge(urge(5, UrgeOutcome.RESISTED, "Kept busy")));
        users.as(PRIYA, () -> journal.setShared(EntryType.URGE, urge.id(), true));
        assertThat(sharedNow(urge.id())).isTrue();

        assertThatThrownBy(() -> users.as(ALEX, () -> journal.setShared(EntryType.URGE, urge.id(), false)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(sharedNow(urge.id())).isTrue();
    }

    @Test
    void myJournalListsEveryKindNewestFirst() {
        users.as(PRIYA, () -> journal.recordUrge(urge(5, UrgeOutcome.RESISTED, "Kept busy")));
        users.as(PRIYA, () -> journal.recordContactAttempt(ContactAttemptTests.attempt("hello?")));
        var mine = users.as(PRIYA, () -> journal.myJournal());
        assertThat(mine).extracting(JournalItem::type).contains(EntryType.CHECK_IN, EntryType.URGE, EntryType.CONTACT_ATTEMPT);
        assertThat(mine).isSortedAccordingTo((a, b) -> b.occurredAt().compareTo(a.occurredAt()));
    }

    private boolean sharedNow(long urgeId) {
        return users.as(PRIYA, () -> journal.myJournal()).stream()
                .filter(i -> i.type() == EntryType.URGE && i.id() == urgeId).findFirst().orElseThrow().shared();
    }

    static UrgeForm urge(Integer strength, UrgeOutcome outcome, String didInstead) {
        UrgeForm form = new UrgeForm();
        form.setSubmissionId(UUID.randomUUID().toString());
        form.setDate(LocalDate.now());
        form.setTime(LocalTime.MIDNIGHT);
        form.setStrength(strength);
        form.setOutcome(outcome);
        form.setDidInstead(didInstead);
        return form;
    }

    static SlipForm slip(Channel channel, SlipDirection direction, ExceptionReason exception) {
        SlipForm form = new SlipForm();
        form.setDate(LocalDate.now());
        form.setTime(LocalTime.MIDNIGHT);
        form.setChannel(channel);
        form.setDirection(direction);
        form.setException(exception);
        form.setTriggers(EnumSet.of(Trigger.LONELINESS));
        form.setWhatHappened("Looked at their page for a while");
        form.setFeelNow("Tired");
        return form;
    }
}
