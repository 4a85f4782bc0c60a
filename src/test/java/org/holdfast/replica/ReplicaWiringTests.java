package org.holdfast.replica;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.holdfast.DatabaseTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The whole portal with a replica configured: Boot's pool is wrapped (before anything else, such as the tests' SQL
 * recorder, wraps it in turn), the portal starts on it, and a read-only transaction of a thread that has written
 * nothing takes its connection from the replica's pool. The "replica" is the primary's own database, which is
 * enough to see the wiring on H2 too; {@link ReplicaRoutingTests} tells the two apart on MariaDB.
 */
@DatabaseTest
@TestPropertySource(properties = "holdfast.replica.url=${spring.datasource.url}")
class ReplicaWiringTests {

    @Autowired
    DataSource dataSource;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theWholePortalRunsWithReadOnlyTransactionsOnTheReplicasPool() throws Exception {
        ReplicaRouting routing = dataSource.unwrap(ReplicaRouting.class);
        TransactionTemplate readOnly = new TransactionTemplate(transactions);
        readOnly.setReadOnly(true);
        // A thread of its own: this one may have written already, and then rightly reads from the primary.
        try (ExecutorService thread = Executors.newSingleThreadExecutor()) {
            Integer replicaConnectionsInUse = thread.submit(() -> readOnly.execute(status -> {
                assertThat(jdbc.queryForObject("select count(*) from user_account", Long.class)).isPositive();
                return routing.replica().getHikariPoolMXBean().getActiveConnections();
            })).get(30, TimeUnit.SECONDS);
            assertThat(replicaConnectionsInUse).isEqualTo(1);
        }
    }
}
