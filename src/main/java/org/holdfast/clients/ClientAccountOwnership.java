package org.holdfast.clients;

import org.holdfast.security.ClientAccountGuard;
import org.holdfast.security.CurrentUser;
import org.holdfast.security.Role;
import org.holdfast.security.SignedInUser;
import org.springframework.stereotype.Component;

/** A clinician manages the accounts of their own clients; the practice manager those of every client. */
@Component
class ClientAccountOwnership implements ClientAccountGuard {

    private final ClientRepository clients;
    private final CurrentUser currentUser;

    ClientAccountOwnership(ClientRepository clients, CurrentUser currentUser) {
        this.clients = clients;
        this.currentUser = currentUser;
    }

    @Override
    public boolean mayManage(long accountId) {
        SignedInUser user = currentUser.find().orElse(null);
        if (user == null) {
            return false;
        }
        return clients.findByAccountId(accountId)
                .map(client -> user.role() == Role.ADMIN
                        || user.role() == Role.CLINICIAN && client.getClinicianId() == user.accountId())
                .orElse(false);
    }
}
