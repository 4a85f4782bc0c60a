package org.holdfast.clients;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.holdfast.TestUsers.ALEX;
import static org.holdfast.TestUsers.ELENA;
import static org.holdfast.TestUsers.MANAGER;
import static org.holdfast.TestUsers.RUTH;
import static org.holdfast.TestUsers.SAM;
import static org.holdfast.TestUsers.ZOE;

import java.util.List;

import org.holdfast.DatabaseTest;
import org.holdfast.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

@DatabaseTest
class ClientAccessTests {

    @Autowired
    ClientService clients;

    @Autowired
    TestUsers users;

    @Test
    void caseloadListsOnlyTheClinicianOwnClients() {
        long elena = users.accountId(ELENA);
        List<ClientSummary> caseload = users.as(ELENA, () -> clients.allOfMine(false));
        assertThat(caseload).hasSize(12).allMatch(c -> c.clinicianId() == elena);
        assertThat(caseload).extracting(ClientSummary::displayName).contains("Alex Rowan").doesNotContain("Ruth Ellery");
    }

    @Test
    void clinicianCannotReadAnotherClinicianClient() {
        long ruth = users.clientId(RUTH);
        assertThatThrownBy(() -> users.as(ELENA, () -> clients.requireReadable(ruth)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(users.as(SAM, () -> clients.requireReadable(ruth)).displayName()).isEqualTo("Ruth Ellery");
    }

    @Test
    void clinicianCannotCheckASetThatHidesAForeignClient() {
        long alex = users.clientId(ALEX);
        long ruth = users.clientId(RUTH);
        assertThatThrownBy(() -> users.as(ELENA, () -> clients.requireAllReadable(List.of(alex, ruth))))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void clientReadsOnlyTheirOwnRecord() {
        long alex = users.clientId(ALEX);
        long zoe = users.clientId(ZOE);
        assertThat(users.as(ALEX, () -> clients.requireReadable(alex)).displayName()).isEqualTo("Alex Rowan");
        assertThat(users.as(ALEX, () -> clients.mine()).id()).isEqualTo(alex);
        assertThatThrownBy(() -> users.as(ALEX, () -> clients.requireReadable(zoe)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void clientCannotListACaseload() {
        assertThatThrownBy(() -> users.as(ALEX, () -> clients.allOfMine(false)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void practiceManagerDoesNotReadClinicalRecords() {
        long alex = users.clientId(ALEX);
        assertThatThrownBy(() -> users.as(MANAGER, () -> clients.requireReadable(alex)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void nobodySignedInReadsNothing() {
        assertThatThrownBy(() -> clients.requireReadable(1L))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    void unknownClientIdIsRefusedLikeAForeignOne() {
        assertThatThrownBy(() -> users.as(ELENA, () -> clients.requireReadable(999_999L)))
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining("No access");
    }
}
