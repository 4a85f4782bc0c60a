package org.holdfast.insights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.holdfast.TestUsers.ALEX;
import static org.holdfast.TestUsers.PRIYA;
import static org.holdfast.TestUsers.ELENA;
import static org.holdfast.TestUsers.MANAGER;

import java.time.LocalDate;
import java.util.List;

import org.holdfast.DatabaseTest;
import org.holdfast.TestUsers;
import org.holdfast.journal.CheckInEntry;
import org.holdfast.journal.JournalService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

@DatabaseTest
class ProgressServiceTests {

    @Autowired
    ProgressService progress;

    @Autowired
    JournalService journal;

    @Autowired
    TestUsers users;

    @Test
    void theClientsProgressAgreesWithTheirCheckIns() {
        Progress mine = users.as(ALEX, () -> progress.mine());
        LocalDate today = LocalDate.now();
        LocalDate start = mine.plan().startDate();
        List<CheckInEntry> checkIns = users.as(ALEX, () -> journal.checkIns(users.clientId(ALEX), start, today));

        LocalDate lastSlip = checkIns.stream().filter(CheckInEntry::slipped).map(CheckInEntry::date)
                .max(LocalDate::compareTo).orElse(null);
        assertThat(mine.streak().lastSlip()).isEqualTo(lastSlip);
        assertThat(mine.streak().best()).isGreaterThanOrEqualTo(mine.streak().current());
        assertThat(mine.days()).hasSize((int) mine.plan().dayOfPlan(today));
        // Check-in slips all show; slips logged with the slip form may add days of their own
        assertThat(mine.days().values().stream().filter(DayMark::slipped).map(DayMark::date).toList())
                .containsAll(checkIns.stream().filter(CheckInEntry::slipped).map(CheckInEntry::date).toList());
    }

    @Test
    @org.springframework.transaction.annotation.Transactional
    void theCalendarShowsUrgesRiddenOutAndTheirContactAttemptsFromTheJournal() {
        LocalDate today = LocalDate.now();
        DayMark before = users.as(PRIYA, () -> progress.mine()).days().get(today);

        org.holdfast.journal.UrgeForm urge = new org.holdfast.journal.UrgeForm();
        urge.setDate(today);
        urge.setTime(java.time.LocalTime.of(0, 5));
        urge.setStrength(6);
        urge.setOutcome(org.holdfast.journal.UrgeOutcome.RESISTED);
        org.holdfast.journal.ContactAttemptForm attempt = new org.holdfast.journal.ContactAttemptForm();
        attempt.setDate(today);
        attempt.setTime(java.time.LocalTime.of(0, 10));
        attempt.setChannel(org.holdfast.plans.Channel.PHONE);
        attempt.setSender("+44 7700 900456");
        attempt.setContent("Two missed calls");
        attempt.setSafety(6);
        users.as(PRIYA, () -> journal.recordUrge(urge));
        users.as(PRIYA, () -> journal.recordContactAttempt(attempt));

        DayMark after = users.as(PRIYA, () -> progress.mine()).days().get(today);
        assertThat(after.urgesResisted()).isEqualTo(before.urgesResisted() + 1);
        assertThat(after.contactAttempts()).isEqualTo(before.contactAttempts() + 1);
        assertThat(after.words()).contains("they tried");
    }

    @Test
    void progressIsTheClientsOwnPage() {
        assertThatThrownBy(() -> users.as(ELENA, () -> progress.mine())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.as(MANAGER, () -> progress.mine())).isInstanceOf(AccessDeniedException.class);
    }
}
