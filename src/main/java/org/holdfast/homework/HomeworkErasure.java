package org.holdfast.homework;

import org.holdfast.clients.ClientErasing;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** This module's rows of a client being erased, children before parents (see {@link ClientErasing}). */
@Component
class HomeworkErasure {

    private final JdbcTemplate jdbc;

    HomeworkErasure(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    @Order(10)
    void on(ClientErasing erasing) {
        jdbc.update("delete from homework_completion where client_id = ?", erasing.clientId());
        jdbc.update("delete from homework_assignment where client_id = ?", erasing.clientId());
    }
}
