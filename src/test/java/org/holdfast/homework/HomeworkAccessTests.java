package org.holdfast.homework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.holdfast.TestUsers.ALEX;
import static org.holdfast.TestUsers.ELENA;
import static org.holdfast.TestUsers.MANAGER;
import static org.holdfast.TestUsers.RUTH;
import static org.holdfast.TestUsers.SAM;
import static org.holdfast.TestUsers.ZOE;
import static org.holdfast.homework.HomeworkFixtures.once;
import static org.holdfast.homework.HomeworkFixtures.template;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.holdfast.DatabaseTest;
import org.holdfast.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every public method of {@link HomeworkService}, called by someone it must refuse: the other
 * clinician, another client, the practice manager (who runs accounts and reads no clinical content).
 */
@DatabaseTest
@Transactional
class HomeworkAccessTests {

    @Autowired
    HomeworkService homework;

    @Autowired
    TestUsers users;

    final LocalDate today = LocalDate.now();
    long alex;
    long alexsHomework;
    long template;

    @BeforeEach
    void alexHasHomeworkDueToday() {
        alex = users.clientId(ALEX);
        alexsHomework = users.as(ELENA, () -> homework.assign(alex, once("Due today", today)));
        template = users.as(ELENA, () -> homework.library(false)).getFirst().id();
    }

    /** Each clinician-side method applied to Alex's record. */
    Map<String, Runnable> clinicianMethods() {
        return Map.of(
                "assign", () -> homework.assign(alex, once("Sneaky", today)),
                "cancel", () -> homework.cancel(alexsHomework),
                "assignmentsFor", () -> homework.assignmentsFor(alex),
                "summariesFor", () -> homework.summariesFor(List.of(alex)));
    }

    /** Each client-side method applied to Alex's homework. */
    Map<String, Runnable> clientMethods() {
        return Map.of(
                "markDone", () -> homework.markDone(alexsHomework, today, DoneForm.of("not mine", true)),
                "markCouldNotDo", () -> homework.markCouldNotDo(alexsHomework, today, CouldNotDoForm.of("not mine")));
    }

    /** The library's writes: practice-wide, clinicians only. */
    Map<String, Runnable> libraryWrites() {
        return Map.of(
                "addTemplate", () -> homework.addTemplate(template("T", "I", null)),
                "updateTemplate", () -> homework.updateTemplate(template, template("T", "I", null)),
                "archiveTemplate", () -> homework.archiveTemplate(template),
                "restoreTemplate", () -> homework.restoreTemplate(template));
    }

    @Test
    void theOtherClinicianIsRefusedEveryMethodOnAnotherClinicianClient() {
        refusesAll(SAM, clinicianMethods());
        refusesAll(SAM, clientMethods());
        assertThatThrownBy(() -> users.as(ELENA, () -> homework.summariesFor(List.of(alex, users.clientId(RUTH)))))
                .as("a set that hides a foreign client").isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void anotherClientIsRefusedEveryMethodOnSomeoneElsesHomework() {
        refusesAll(ZOE, clinicianMethods());
        refusesAll(ZOE, clientMethods());
        refusesAll(ZOE, libraryWrites());
        assertThatThrownBy(() -> users.as(ZOE, () -> homework.library(false))).isInstanceOf(AccessDeniedException.class);
        assertThat(users.as(ZOE, () -> homework.myHomework()).today()).as("Zoë's own list never shows Alex's homework")
                .noneMatch(d -> d.assignmentId() == alexsHomework);
    }

    @Test
    void theClientThemselfUsesOnlyTheClientSide() {
        refusesAll(ALEX, clinicianMethods());
        refusesAll(ALEX, libraryWrites());
        users.as(ALEX, () -> homework.markDone(alexsHomework, today, DoneForm.of(null, true)));
    }

    @Test
    void cliniciansDoNotRecordOutcomesForTheirClients() {
        refusesAll(ELENA, clientMethods());
        assertThatThrownBy(() -> users.as(ELENA, () -> homework.myHomework())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void thePracticeManagerReadsTheLibraryButNoClientsHomework() {
        assertThat(users.as(MANAGER, () -> homework.library(true))).isNotEmpty();
        refusesAll(MANAGER, clinicianMethods());
        refusesAll(MANAGER, clientMethods());
        refusesAll(MANAGER, libraryWrites());
        assertThatThrownBy(() -> users.as(MANAGER, () -> homework.myHomework())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void anUnknownAssignmentIdIsRefusedLikeAForeignOne() {
        assertThatThrownBy(() -> users.as(ELENA, () -> homework.cancel(999_999L)))
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining("No access");
        assertThatThrownBy(() -> users.as(ALEX, () -> homework.markDone(999_999L, today, DoneForm.of(null, true))))
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining("No access");
    }

    @Test
    void nobodySignedInGetsNothing() {
        assertThatThrownBy(() -> homework.library(false)).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> homework.myHomework()).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> homework.assignmentsFor(alex)).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    private void refusesAll(String user, Map<String, Runnable> methods) {
        methods.forEach((name, call) -> assertThatThrownBy(() -> users.as(user, call))
                .as("%s calling %s", user, name).isInstanceOf(AccessDeniedException.class));
    }
}
