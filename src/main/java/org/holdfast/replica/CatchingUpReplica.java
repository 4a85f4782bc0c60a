package org.holdfast.replica;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * The connections read-only transactions get: the replica's, once it has caught up with this session's last write,
 * and otherwise the primary's. A replica that is down, lagging or unable to say how far it is never fails a read;
 * the read just goes to the primary, which has everything.
 */
class CatchingUpReplica extends DelegatingDataSource {

    private static final Logger log = LoggerFactory.getLogger(CatchingUpReplica.class);

    private final DataSource primary;
    private final ReadYourWrites readYourWrites;
    private final BigDecimal catchUpSeconds;
    private final long retryNanos;
    private volatile long unreachableUntil = System.nanoTime();
    private volatile boolean saidNoPosition;

    CatchingUpReplica(DataSource replica, DataSource primary, ReadYourWrites readYourWrites, Duration catchUp,
            Duration retry) {
        super(replica);
        this.primary = primary;
        this.readYourWrites = readYourWrites;
        this.catchUpSeconds = BigDecimal.valueOf(catchUp.toMillis()).movePointLeft(3);
        this.retryNanos = retry.toNanos();
    }

    @Override
    public Connection getConnection() throws SQLException {
        String lastWrite = readYourWrites.lastWrite();
        if (ReadYourWrites.UNKNOWN_POSITION.equals(lastWrite)) {
            if (!saidNoPosition) {
                saidNoPosition = true;
                log.warn("The primary gives no GTID position after a write (is log_bin on?): no replica can be "
                        + "following it, so a session's reads after its own write go to the primary");
            }
            return primary.getConnection();
        }
        if (System.nanoTime() - unreachableUntil < 0) {
            return primary.getConnection();
        }
        Connection replica;
        try {
            replica = obtainTargetDataSource().getConnection();
        } catch (SQLException down) {
            unreachableUntil = System.nanoTime() + retryNanos;
            log.warn("Replica unreachable ({}); reads go to the primary for {} s", down.getMessage(), retryNanos / 1_000_000_000);
            return primary.getConnection();
        }
        if (lastWrite == null || reached(replica, lastWrite)) {
            return replica;
        }
        replica.close();
        return primary.getConnection();
    }

    /**
     * Waits (briefly) until the replica has applied everything up to the position; 0 means it has, -1 that it did
     * not in time. Asked before the transaction's first statement, so the snapshot it reads is taken afterwards.
     */
    private boolean reached(Connection replica, String position) {
        try (PreparedStatement wait = replica.prepareStatement("SELECT MASTER_GTID_WAIT(?, ?)")) {
            wait.setString(1, position);
            wait.setBigDecimal(2, catchUpSeconds);
            try (ResultSet result = wait.executeQuery()) {
                return result.next() && result.getObject(1) != null && result.getInt(1) == 0;
            }
        } catch (SQLException cannotSay) {
            // Not MariaDB (MySQL names it WAIT_FOR_EXECUTED_GTID_SET), or the replica went away: the primary knows.
            log.debug("Could not ask the replica whether it reached {}", position, cannotSay);
            return false;
        }
    }
}
