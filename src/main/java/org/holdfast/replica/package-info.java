/**
 * Read-only transactions on a MariaDB replica, when one is configured ({@code holdfast.replica.url}): the portal's
 * reads are most of its load, and a replica takes them off the primary. Everything that writes stays on the
 * primary, and so do a session's reads until the replica has caught up with that session's own last write.
 * Without the setting nothing here is active. Knows nothing clinical, and no other module knows it is there.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
package org.holdfast.replica;
