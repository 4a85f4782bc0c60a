package org.holdfast.measures;

import org.holdfast.clients.ClientErasing;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** This module's rows of a client being erased, children before parents (see {@link ClientErasing}). */
@Component
class MeasureErasure {

    private final JdbcTemplate jdbc;

    MeasureErasure(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    @Order(10)
    void on(ClientErasing erasing) {
        jdbc.update("delete from measure_draft where client_id = ?", erasing.clientId());
        jdbc.update("delete from measure_response where client_id = ?", erasing.clientId());
        jdbc.update("delete from measure_assignment where client_id = ?", erasing.clientId());
    }
}
