package org.holdfast.security;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The last part of erasing a client: their account and everything kept about how they signed in (passkeys, an
 * authenticator app, recovery codes, sign-ins with browser and place, the shared-device choice, activation links).
 * Open sessions end first, so nobody is left signed in to a record that no longer exists.
 */
@Component
public class ClientAccountErasure {

    private final JdbcTemplate jdbc;
    private final OpenSessions sessions;

    ClientAccountErasure(JdbcTemplate jdbc, OpenSessions sessions) {
        this.jdbc = jdbc;
        this.sessions = sessions;
    }

    /** Only inside the erasure that the practice manager approved (its transaction). */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(propagation = Propagation.MANDATORY)
    public void erase(long accountId) {
        String username = jdbc.queryForObject("select username from user_account where id = ? and role = ?", String.class,
                accountId, Role.CLIENT.name());
        sessions.endAll(accountId, username, "erasure");
        jdbc.update("delete from user_credentials where user_entity_user_id in (select id from user_entities where name = ?)",
                username);
        jdbc.update("delete from user_entities where name = ?", username);
        for (String table : new String[] { "authenticator_app", "recovery_code", "sign_in_event", "shared_device_choice",
                "activation_token" }) {
            jdbc.update("delete from " + table + " where account_id = ?", accountId);
        }
        jdbc.update("delete from user_account where id = ?", accountId);
    }
}
