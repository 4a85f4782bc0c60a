package org.holdfast.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The load harness's accounts: {@code holdfast.demo.load-accounts=17} gives 17 clients and a clinician for every 8
 * (3), each client in exactly one caseload with a plan and a month of numbers, today left free, all with the demo
 * password. An in-memory database of its own, so the other tests' demo practice is not changed.
 */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:holdfast-load-accounts;MODE=MySQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1",
        "holdfast.demo.load-accounts=17" })
class DemoLoadAccountsTests {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Test
    void everyVirtualUserHasAnAccountOfItsOwn() {
        assertThat(count("select count(*) from user_account where username like 'load-client-%' and role = 'CLIENT'"))
                .isEqualTo(17);
        assertThat(count("select count(*) from user_account where username like 'load-clinician-%' and role = 'CLINICIAN'"))
                .isEqualTo(3);
        // Round robin: 6, 6 and 5 clients, and no client in two caseloads.
        List<Long> caseloads = jdbc.queryForList("select count(*) from client c join user_account u on u.id = c.clinician_id"
                + " where u.username like 'load-clinician-%' group by u.username order by u.username", Long.class);
        assertThat(caseloads).containsExactly(6L, 6L, 5L);
        String hash = jdbc.queryForObject("select password_hash from user_account where username = 'load-client-17@demo.holdfast'",
                String.class);
        assertThat(passwordEncoder.matches(DemoPractice.PASSWORD, hash)).isTrue();
    }

    @Test
    void eachLoadClientHasAPlanAndAMonthOfCheckInsButNoneToday() {
        String client = "select c.id from client c join user_account u on u.id = c.account_id where u.username = ?";
        long id = jdbc.queryForObject(client, Long.class, "load-client-5@demo.holdfast");
        assertThat(count("select count(*) from no_contact_plan where status = 'ACTIVE' and client_id = " + id)).isEqualTo(1);
        assertThat(count("select count(*) from check_in where client_id = " + id)).isEqualTo(30);
        assertThat(jdbc.queryForObject("select count(*) from check_in where client_id = ? and entry_date >= ?", Long.class,
                id, LocalDate.now())).isZero();
    }

    @Test
    void noLoadAccountsUnlessAskedFor() {
        new ApplicationContextRunner().withUserConfiguration(Settings.class)
                .run(context -> assertThat(context.getBean(DemoLoadAccounts.LoadAccountSettings.class).loadAccounts()).isZero());
    }

    @EnableConfigurationProperties(DemoLoadAccounts.LoadAccountSettings.class)
    static class Settings {
    }

    private long count(String sql) {
        return jdbc.queryForObject(sql, Long.class);
    }
}
