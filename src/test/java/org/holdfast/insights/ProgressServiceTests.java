package org.holdfast.insights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.holdfast.TestUsers.ALEX;
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
        assertThat(mine.days().values().stream().filter(DayMark::slipped).count())
                .isEqualTo(checkIns.stream().filter(CheckInEntry::slipped).count());
    }

    @Test
    void progressIsTheClientsOwnPage() {
        assertThatThrownBy(() -> users.as(ELENA, () -> progress.mine())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.as(MANAGER, () -> progress.mine())).isInstanceOf(AccessDeniedException.class);
    }
}
