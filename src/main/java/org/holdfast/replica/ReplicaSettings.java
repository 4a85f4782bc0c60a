package org.holdfast.replica;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * A MariaDB replica for read-only transactions ({@code holdfast.replica.*}); off unless {@code url} is set.
 *
 * @param url      JDBC address of the replica ({@code MYSQL_REPLICA_URL}); blank: every transaction uses the primary
 * @param username its account; blank: the primary's (replication copies the accounts too)
 * @param password its password; blank with a blank username: the primary's
 * @param catchUp  how long a read waits for the replica to reach the session's own last write before it reads
 *                 from the primary instead; short, because the primary can always answer at once
 * @param retry    after the replica could not be reached, how long reads go straight to the primary before it is
 *                 tried again, so that a replica that is down costs one slow read now and then, not every read
 */
@ConfigurationProperties("holdfast.replica")
record ReplicaSettings(String url, String username, String password, @DefaultValue("500ms") Duration catchUp,
        @DefaultValue("30s") Duration retry) {

    /** Without the password: settings get printed (a failed start, a debugger), passwords must not be. */
    @Override
    public String toString() {
        return "ReplicaSettings[url=" + url + ", username=" + username + ", catchUp=" + catchUp + ", retry=" + retry + "]";
    }
}
