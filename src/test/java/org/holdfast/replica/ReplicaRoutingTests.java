package org.holdfast.replica;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.UUID;
import java.util.function.Supplier;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Read-only transactions on the replica, the rest on the primary, and a session's reads after its own write seeing
 * that write, through the real JPA transaction manager on MariaDB. Only in the mysql-tests run (H2 has no replicas).
 * <p>
 * The "replica" is a second database on the same server ({@code <test database>_replica}, which .ci/run creates),
 * not a replicating server: cheap, and every answer says where it came from ({@code DATABASE()}), and the replica
 * never has what the test writes to the primary, so a read that sees a fresh write can only have read the primary.
 * On a server with a binary log the wait for the replica runs and times out (this "replica" never catches up); on
 * one without (CI) the primary gives no position and the session's reads go to the primary straight away. The
 * wait itself is checked with a position the replica has not reached. Real GTID replication is what
 * deploy/scale-local.sh sets up.
 */
@Tag("database")
@EnabledIfSystemProperty(named = "spring.profiles.active", matches = ".*\\bmysql\\b.*",
        disabledReason = "needs MariaDB: runs in the mysql-tests execution")
@SpringBootTest(classes = { ReplicaRoutingTests.Probe.class, ReplicaConfiguration.class },
        properties = { "holdfast.replica.catch-up=200ms", "spring.jpa.hibernate.ddl-auto=none" })
@ImportAutoConfiguration({ DataSourceAutoConfiguration.class, HibernateJpaAutoConfiguration.class,
        TransactionAutoConfiguration.class })
@EnableConfigurationProperties(ReplicaSettings.class)
class ReplicaRoutingTests {

    static final String PRIMARY_URL = System.getenv("MYSQL_URL");
    static final String REPLICA_URL = PRIMARY_URL == null ? null
            : PRIMARY_URL.replaceFirst("/([^/?]+)(\\?|$)", "/$1_replica$2");

    @DynamicPropertySource
    static void replica(DynamicPropertyRegistry registry) {
        registry.add("holdfast.replica.url", () -> REPLICA_URL);
    }

    /** The same small table in both databases, so that a read finds it wherever it goes. */
    @BeforeAll
    static void probeTables() throws SQLException {
        inBoth("create table if not exists replica_probe (token varchar(64) primary key)");
    }

    /**
     * Gone again afterwards: this context runs no Flyway, and a later test context's Flyway refuses a test database
     * that has a table but no schema history yet.
     */
    @AfterAll
    static void noProbeTablesLeft() throws SQLException {
        inBoth("drop table if exists replica_probe");
    }

    private static void inBoth(String sql) throws SQLException {
        for (String url : new String[] { PRIMARY_URL, REPLICA_URL }) {
            try (Connection c = DriverManager.getConnection(url, System.getenv("MYSQL_USER"), System.getenv("MYSQL_PASSWORD"));
                    Statement s = c.createStatement()) {
                s.execute(sql);
            }
        }
    }

    @Autowired
    Probe probe;

    @Autowired
    ReadYourWrites readYourWrites;

    @Autowired
    DataSource dataSource;

    @Test
    void aReadOnlyServiceCallGoesToTheReplica() {
        assertThat(inNewSession(probe::whereReadsGo)).isEqualTo(replicaDatabase());
    }

    @Test
    void aWriteGoesToThePrimary() {
        assertThat(inNewSession(() -> probe.write(UUID.randomUUID().toString()))).isEqualTo(primaryDatabase());
    }

    @Test
    void theSessionsReadsAfterItsOwnWriteSeeTheWrite() {
        MockHttpSession session = new MockHttpSession();
        String token = UUID.randomUUID().toString();
        inRequest(session, () -> probe.write(token));

        assertThat(inRequest(session, () -> probe.finds(token))).as("the next request of the same session").isTrue();
        assertThat(inRequest(session, probe::whereReadsGo)).isEqualTo(primaryDatabase());
        assertThat(inNewSession(() -> probe.finds(token))).as("another session reads the (stale) replica").isFalse();
    }

    @Test
    void aSessionWhoseWriteTheReplicaHasNotReachedReadsThePrimary() {
        MockHttpSession session = new MockHttpSession();
        // A position far beyond anything this server has seen: MASTER_GTID_WAIT gives up after catch-up.
        session.setAttribute(ReadYourWrites.SESSION_ATTRIBUTE, "0-1-999999999");
        long started = System.nanoTime();
        assertThat(inRequest(session, probe::whereReadsGo)).isEqualTo(primaryDatabase());
        assertThat(Duration.ofNanos(System.nanoTime() - started)).as("waited, briefly").isBetween(
                Duration.ofMillis(150), Duration.ofSeconds(5));
    }

    @Test
    void aReplicaThatIsDownSendsReadsToThePrimary() throws Exception {
        HikariDataSource primary = dataSource.unwrap(HikariDataSource.class);
        ReplicaSettings down = new ReplicaSettings("jdbc:mysql://127.0.0.1:1/holdfast", null, null,
                Duration.ofMillis(200), Duration.ofSeconds(30));
        try (ReplicaRouting routing = ReplicaRouting.of(primaryCopy(primary), down, new ReadYourWrites())) {
            TransactionTemplate readOnly = new TransactionTemplate(new JdbcTransactionManager(routing));
            readOnly.setReadOnly(true);
            JdbcTemplate jdbc = new JdbcTemplate(routing);
            for (int read = 0; read < 3; read++) {
                String database = readOnly.execute(status -> jdbc.queryForObject("select database()", String.class));
                assertThat(database).isEqualTo(primaryDatabase());
            }
        }
    }

    /** A pool of its own for the routing under test, which closes it. */
    private static HikariDataSource primaryCopy(HikariDataSource primary) {
        HikariConfig config = new HikariConfig();
        primary.copyStateTo(config);
        config.setPoolName("primary-copy");
        return new HikariDataSource(config);
    }

    /** As one HTTP request of the given session, through the filter that carries the session's last write. */
    private <T> T inRequest(MockHttpSession session, Supplier<T> work) {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setSession(session);
        Object[] result = new Object[1];
        try {
            readYourWrites.doFilter(request, new MockHttpServletResponse(), (req, res) -> result[0] = work.get());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        @SuppressWarnings("unchecked")
        T answer = (T) result[0];
        return answer;
    }

    private <T> T inNewSession(Supplier<T> work) {
        return inRequest(new MockHttpSession(), work);
    }

    private static String primaryDatabase() {
        return databaseOf(PRIMARY_URL);
    }

    private static String replicaDatabase() {
        return databaseOf(REPLICA_URL);
    }

    private static String databaseOf(String url) {
        return url.replaceFirst("^.*/([^/?]+)(\\?.*)?$", "$1");
    }

    /** A service as the portal's are: read-only methods and a writing one, through JPA. */
    static class Probe {

        @PersistenceContext
        EntityManager entityManager;

        @Transactional(readOnly = true)
        String whereReadsGo() {
            return (String) entityManager.createNativeQuery("select database()").getSingleResult();
        }

        @Transactional(readOnly = true)
        boolean finds(String token) {
            return ((Number) entityManager.createNativeQuery("select count(*) from replica_probe where token = ?")
                    .setParameter(1, token).getSingleResult()).longValue() == 1;
        }

        @Transactional
        String write(String token) {
            entityManager.createNativeQuery("insert into replica_probe (token) values (?)").setParameter(1, token)
                    .executeUpdate();
            return (String) entityManager.createNativeQuery("select database()").getSingleResult();
        }
    }
}
