package org.holdfast.journal;

import org.holdfast.clients.ClientErasing;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** This module's rows of a client being erased, children before parents (see {@link ClientErasing}). */
@Component
class JournalErasure {

    private final JdbcTemplate jdbc;

    JournalErasure(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    @Order(20)
    void on(ClientErasing erasing) {
        jdbc.update("delete from journal_draft where client_id = ?", erasing.clientId());
        jdbc.update("delete from check_in where client_id = ?", erasing.clientId());
        jdbc.update("delete from journal_entry where client_id = ?", erasing.clientId());
        jdbc.update("delete from contact_attempt_head where client_id = ?", erasing.clientId());
        jdbc.update("delete from contact_attempt where client_id = ?", erasing.clientId());
    }
}
