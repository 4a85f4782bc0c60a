package org.holdfast.clients;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.holdfast.TestUsers.ALEX;
import static org.holdfast.TestUsers.ELENA;
import static org.holdfast.TestUsers.RUTH;
import static org.holdfast.TestUsers.ZOE;

import java.time.LocalDateTime;
import java.util.List;

import org.holdfast.DatabaseTest;
import org.holdfast.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;

import jakarta.validation.ConstraintViolationException;

@DatabaseTest
@Transactional
class SessionServiceTests {

    @Autowired
    SessionService sessions;

    @Autowired
    TestUsers users;

    @Test
    void nextScheduledSessionShowsOnTheCaseloadFiguresAndTheClientSeesNoNotes() {
        long alex = users.clientId(ALEX);
        SessionForm form = form(LocalDateTime.now().plusDays(1).withNano(0), "Client mentioned the anniversary");
        SessionEntry added = users.as(ELENA, () -> sessions.add(alex, form));

        SessionDates dates = users.as(ELENA, () -> sessions.datesFor(List.of(alex))).get(alex);
        assertThat(dates.nextScheduled()).isEqualTo(added.startsAt());
        assertThat(users.as(ELENA, () -> sessions.sessions(alex))).extracting(SessionEntry::privateNote)
                .contains("Client mentioned the anniversary");
        // SessionDate has no note component at all: the client's list cannot carry it.
        assertThat(SessionDate.class.getRecordComponents()).extracting(c -> c.getName())
                .containsExactly("startsAt", "durationMinutes", "status");
        assertThat(users.as(ALEX, () -> sessions.mySessions())).extracting(SessionDate::startsAt).contains(added.startsAt());
    }

    @Test
    void aStaleEditIsRefusedAndTheFirstOneKept() {
        long alex = users.clientId(ALEX);
        SessionEntry added = users.as(ELENA, () -> sessions.add(alex, form(LocalDateTime.now().plusDays(2).withNano(0), null)));
        SessionForm first = form(LocalDateTime.now().plusDays(3).withNano(0), "first edit");
        users.as(ELENA, () -> sessions.update(added.id(), added.version(), first));

        SessionForm second = form(LocalDateTime.now().plusDays(4).withNano(0), "second edit, from an old screen");
        assertThatThrownBy(() -> users.as(ELENA, () -> sessions.update(added.id(), added.version(), second)))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThat(users.as(ELENA, () -> sessions.sessions(alex))).extracting(SessionEntry::privateNote).contains("first edit")
                .doesNotContain("second edit, from an old screen");
    }

    @Test
    void sessionFormRulesHoldInTheService() {
        long alex = users.clientId(ALEX);
        SessionForm form = form(null, null);
        form.setDurationMinutes(5);
        assertThatThrownBy(() -> users.as(ELENA, () -> sessions.add(alex, form)))
                .isInstanceOf(ConstraintViolationException.class)
                .hasMessageContaining("Choose the date and time").hasMessageContaining("at least 10 minutes");
    }

    @Test
    void everyMethodRefusesAnotherClinicianAndClients() {
        long ruth = users.clientId(RUTH);
        long alex = users.clientId(ALEX);
        long zoe = users.clientId(ZOE);
        SessionForm form = form(LocalDateTime.now().plusDays(1).withNano(0), null);
        SessionEntry ruths = users.as(TestUsers.SAM, () -> sessions.add(ruth, form));

        assertThatThrownBy(() -> users.as(ELENA, () -> sessions.sessions(ruth))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.as(ELENA, () -> sessions.add(ruth, form))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.as(ELENA, () -> sessions.update(ruths.id(), ruths.version(), form)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.as(ELENA, () -> sessions.datesFor(List.of(alex, ruth))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.as(ELENA, () -> sessions.datesOf(ruth))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.as(ALEX, () -> sessions.sessions(alex))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.as(ALEX, () -> sessions.add(alex, form))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.as(ALEX, () -> sessions.datesOf(zoe))).isInstanceOf(AccessDeniedException.class);
    }

    private static SessionForm form(LocalDateTime at, String note) {
        SessionForm form = new SessionForm();
        form.setStartsAt(at);
        form.setPrivateNote(note);
        return form;
    }
}
