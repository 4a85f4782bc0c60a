package org.holdfast.safety;

import org.holdfast.clients.ClientErasing;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** This module's rows of a client being erased, children before parents (see {@link ClientErasing}). */
@Component
class SafetyErasure {

    private final JdbcTemplate jdbc;

    SafetyErasure(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    @Order(30)
    void on(ClientErasing erasing) {
        jdbc.update("delete from safety_signal where client_id = ?", erasing.clientId());
        jdbc.update("delete from sos_session where client_id = ?", erasing.clientId());
    }
}
