package org.holdfast.caseload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.holdfast.TestUsers.ALEX;
import static org.holdfast.TestUsers.ELENA;
import static org.holdfast.TestUsers.RUTH;

import org.holdfast.DatabaseTest;
import org.holdfast.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;

/** The caseload reads every client's figures: each client on the page gets an audit row. */
@DatabaseTest
class CaseloadAuditTests {

    static final String COUNT = "select count(*) from audit_event where client_id = ? and action = 'Caseload figures'";

    @Autowired
    CaseloadService caseload;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void everyClientOnTheShownPageIsAuditedAndNoOneElse() {
        long alex = users.clientId(ALEX);
        long ruth = users.clientId(RUTH);
        int alexBefore = jdbc.queryForObject(COUNT, Integer.class, alex);
        int ruthBefore = jdbc.queryForObject(COUNT, Integer.class, ruth);

        users.as(ELENA, () -> caseload.page(CaseloadFilter.ALL_ACTIVE, Sort.unsorted(), 0, 50));

        assertThat(jdbc.queryForObject(COUNT, Integer.class, alex)).isEqualTo(alexBefore + 1);
        assertThat(jdbc.queryForObject(COUNT, Integer.class, ruth)).as("not on Dr Marsh's caseload").isEqualTo(ruthBefore);
    }
}
