package org.holdfast.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.holdfast.TestUsers.ELENA;
import static org.holdfast.TestUsers.MANAGER;

import org.holdfast.DatabaseTest;
import org.holdfast.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;

@DatabaseTest
@Transactional
class StaffInvitationTests {

    @Autowired
    AccountService accounts;

    @Autowired
    TestUsers users;

    @Test
    void anInvitedClinicianAwaitsActivationUntilTheySetAPassword() {
        ActivationLink link = users.as(MANAGER,
                () -> accounts.inviteStaff("Noor.Haddad@example.invalid", "Dr Noor Haddad", Role.CLINICIAN));

        assertThat(status("noor.haddad@example.invalid")).isEqualTo("Awaiting activation");
        assertThat(accounts.activationFor(link.token())).contains("Dr Noor Haddad");

        accounts.activate(link.token(), "a long and private passphrase 42");
        assertThat(status("noor.haddad@example.invalid")).isEqualTo("Active");
    }

    @Test
    void aNewActivationLinkReplacesTheOldOne() {
        ActivationLink first = users.as(MANAGER,
                () -> accounts.inviteStaff("second.manager@example.invalid", "Jo Price", Role.ADMIN));

        ActivationLink second = users.as(MANAGER, () -> accounts.resendActivation(first.accountId()));

        assertThat(second.token()).isNotEqualTo(first.token());
        assertThat(accounts.activationFor(first.token())).isEmpty();
        assertThat(accounts.activationFor(second.token())).contains("Jo Price");
    }

    @Test
    void anActiveAccountNeedsNoNewLink() {
        long elena = users.accountId(ELENA);
        assertThatThrownBy(() -> users.as(MANAGER, () -> accounts.resendActivation(elena)))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void onlyThePracticeManagerInvitesStaffAndClientsAreNotInvitedHere() {
        assertThatThrownBy(() -> users.as(ELENA,
                () -> accounts.inviteStaff("x@example.invalid", "X", Role.CLINICIAN)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.as(MANAGER,
                () -> accounts.inviteStaff("y@example.invalid", "Y", Role.CLIENT)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> users.as(MANAGER,
                () -> accounts.inviteStaff(TestUsers.SAM, "Sam again", Role.CLINICIAN)))
                .isInstanceOf(UsernameTakenException.class);
    }

    private String status(String username) {
        return users.as(MANAGER, () -> accounts.list(PageRequest.of(0, 500)).stream()
                .filter(a -> a.username().equals(username)).findFirst().orElseThrow().status());
    }
}
