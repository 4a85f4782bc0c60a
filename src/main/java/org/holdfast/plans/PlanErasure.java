package org.holdfast.plans;

import org.holdfast.clients.ClientErasing;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** This module's rows of a client being erased, children before parents (see {@link ClientErasing}). */
@Component
class PlanErasure {

    private final JdbcTemplate jdbc;

    PlanErasure(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    @Order(50)
    void on(ClientErasing erasing) {
        jdbc.update("delete from plan_high_risk_date where client_id = ?", erasing.clientId());
        jdbc.update("delete from plan_version where plan_id in (select id from no_contact_plan where client_id = ?)", erasing.clientId());
        jdbc.update("delete from no_contact_plan where client_id = ?", erasing.clientId());
    }
}
