package org.holdfast.replica;

import org.springframework.jdbc.datasource.LazyConnectionDataSourceProxy;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

/**
 * The portal's DataSource when a replica is configured. Spring's lazy proxy fetches a real connection only at a
 * transaction's first statement, when it already knows whether the transaction is read-only: read-only ones
 * ({@code @Transactional(readOnly = true)}, and Spring Data's reads) then take a connection from the replica side,
 * everything else from the primary. No routing key of our own, no aspect: the transaction says what it is.
 */
class ReplicaRouting extends LazyConnectionDataSourceProxy implements AutoCloseable {

    private final HikariDataSource primary;
    private final HikariDataSource replica;

    private ReplicaRouting(HikariDataSource primary, HikariDataSource replica, ReadYourWrites readYourWrites,
            ReplicaSettings settings) {
        super(new PrimaryPositions(primary, readYourWrites));
        this.primary = primary;
        this.replica = replica;
        setReadOnlyDataSource(new CatchingUpReplica(replica, primary, readYourWrites, settings.catchUp(), settings.retry()));
    }

    static ReplicaRouting of(HikariDataSource primary, ReplicaSettings settings, ReadYourWrites readYourWrites) {
        return new ReplicaRouting(primary, replicaPool(primary, settings), readYourWrites, settings);
    }

    /** The replica's pool: the primary's settings (time zone, statement cache, sizes), its own address. */
    static HikariDataSource replicaPool(HikariDataSource primary, ReplicaSettings settings) {
        HikariConfig config = new HikariConfig();
        primary.copyStateTo(config);
        config.setPoolName("holdfast-replica");
        config.setJdbcUrl(settings.url());
        if (settings.username() != null && !settings.username().isBlank()) {
            config.setUsername(settings.username());
            config.setPassword(settings.password());
        }
        // A replica that is down must neither stop the portal from starting nor hold a read for long.
        config.setInitializationFailTimeout(-1);
        config.setConnectionTimeout(500);
        // Connector/J refuses a write on a read-only connection: a transaction marked read-only by mistake fails
        // loudly here instead of writing to the replica, where it would break replication.
        config.setReadOnly(true);
        return new HikariDataSource(config);
    }

    /** The replica's own pool, to see how it is used. */
    HikariDataSource replica() {
        return replica;
    }

    /** Both pools end with the portal (the proxy hides the primary's own close from Spring). */
    @Override
    public void close() {
        replica.close();
        primary.close();
    }
}
