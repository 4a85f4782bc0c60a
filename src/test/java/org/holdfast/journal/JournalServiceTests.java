package org.holdfast.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.holdfast.TestUsers.ALEX;
import static org.holdfast.TestUsers.ELENA;
import static org.holdfast.TestUsers.PRIYA;
import static org.holdfast.TestUsers.RUTH;
import static org.holdfast.TestUsers.ZOE;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.holdfast.DatabaseTest;
import org.holdfast.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;

import jakarta.validation.ConstraintViolationException;

@DatabaseTest
class JournalServiceTests {

    @Autowired
    JournalService journal;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    org.holdfast.encryption.ClientKeys keys;

    @Test
    @Transactional // rolled back: the demo data stays as it was for the other tests
    void savingTwiceOnTheSameDayKeepsOneCheckInWithTheLatestValues() {
        long priya = users.clientId(PRIYA);
        users.as(PRIYA, () -> journal.saveTodaysCheckIn(form(4, 6, false, "first try")));
        users.as(PRIYA, () -> journal.saveTodaysCheckIn(form(5, 3, true, "second try")));

        List<Map<String, Object>> rows = jdbc.queryForList(
                "select mood, urge, slipped, note from check_in where client_id = ? and entry_date = ?", priya,
                LocalDate.now());
        assertThat(rows).hasSize(1);
        assertThat(((Number) rows.getFirst().get("mood")).intValue()).isEqualTo(5);
        assertThat(keys.plainText((String) rows.getFirst().get("note"))).isEqualTo("second try");
        assertThat(users.as(PRIYA, () -> journal.todaysCheckIn()).orElseThrow().isSlipped()).isTrue();
    }

    @Test
    void serviceRefusesValuesTheFormWouldRefuse() {
        assertThatThrownBy(() -> users.as(PRIYA, () -> journal.saveTodaysCheckIn(form(11, 3, false, null))))
                .isInstanceOf(ConstraintViolationException.class).hasMessageContaining("Mood goes from 1");
        assertThatThrownBy(() -> users.as(PRIYA, () -> journal.saveTodaysCheckIn(form(5, null, false, null))))
                .isInstanceOf(ConstraintViolationException.class).hasMessageContaining("urge");
        assertThatThrownBy(() -> users.as(PRIYA, () -> journal.saveTodaysCheckIn(form(5, 3, false, "x".repeat(2001)))))
                .isInstanceOf(ConstraintViolationException.class).hasMessageContaining("2,000 characters");
    }

    @Test
    void onlyClientsWriteCheckIns() {
        assertThatThrownBy(() -> users.as(ELENA, () -> journal.saveTodaysCheckIn(form(5, 3, false, null))))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    // Not transactional: the audit row commits in its own transaction, and on MySQL a repeatable-read
    // test transaction would not see it.
    void clinicianReadsCheckInsOnlyOfOwnClientsAndEveryReadIsAudited() {
        long alex = users.clientId(ALEX);
        long ruth = users.clientId(RUTH);
        LocalDate today = LocalDate.now();
        Integer auditsBefore = jdbc.queryForObject(
                "select count(*) from audit_event where client_id = ? and actor = ?", Integer.class, alex, ELENA);

        List<CheckInEntry> entries = users.as(ELENA, () -> journal.checkIns(alex, today.minusDays(29), today));

        assertThat(entries).isNotEmpty().isSortedAccordingTo((a, b) -> a.date().compareTo(b.date()));
        assertThat(jdbc.queryForObject("select count(*) from audit_event where client_id = ? and actor = ?",
                Integer.class, alex, ELENA)).isEqualTo(auditsBefore + 1);
        assertThatThrownBy(() -> users.as(ELENA, () -> journal.checkIns(ruth, today.minusDays(29), today)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void clientCannotReadAnotherClientsCheckIns() {
        long zoe = users.clientId(ZOE);
        LocalDate today = LocalDate.now();
        assertThatThrownBy(() -> users.as(ALEX, () -> journal.checkIns(zoe, today.minusDays(6), today)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void caseloadFiguresCountOnlySlipsInTheWindow() {
        long priya = users.clientId(PRIYA);
        LocalDate today = LocalDate.now();
        List<CheckInEntry> last14 = users.as(PRIYA, () -> journal.checkIns(priya, today.minusDays(13), today));
        long expectedSlips = last14.stream().filter(CheckInEntry::slipped).count();

        CheckInStats stats = users.as(ELENA, () -> journal.statsFor(List.of(priya), 14)).get(priya);

        assertThat(stats.recentSlips()).isEqualTo(expectedSlips);
        assertThat(stats.lastCheckIn()).isEqualTo(last14.getLast().date());
    }

    static CheckInForm form(Integer mood, Integer urge, boolean slipped, String note) {
        CheckInForm form = new CheckInForm();
        form.setMood(mood);
        form.setUrge(urge);
        form.setSlipped(slipped);
        form.setNote(note);
        return form;
    }
}
