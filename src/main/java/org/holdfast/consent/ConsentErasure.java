package org.holdfast.consent;

import org.holdfast.clients.ClientErasing;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** This module's rows of a client being erased, children before parents (see {@link ClientErasing}). */
@Component
class ConsentErasure {

    private final JdbcTemplate jdbc;

    ConsentErasure(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    @Order(40)
    void on(ClientErasing erasing) {
        jdbc.update("delete from consent_change where client_id = ?", erasing.clientId());
        jdbc.update("delete from journal_consent where client_id = ?", erasing.clientId());
    }
}
