package org.holdfast.shared;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.hibernate.dialect.DatabaseVersion;
import org.hibernate.dialect.Dialect;
import org.hibernate.dialect.MariaDBDialect;
import org.hibernate.engine.jdbc.dialect.spi.DialectResolutionInfo;
import org.hibernate.engine.jdbc.dialect.spi.DialectResolver;

/**
 * MySQL Connector/J reports a MariaDB server as "MySQL 5.5.5-10.11.x-MariaDB", so Hibernate would
 * fall back to an ancient MySQL dialect. This resolver recognises MariaDB from the version string and
 * returns its real dialect; for a real MySQL it returns null and Hibernate's own detection applies.
 */
public class MariaDbAwareDialectResolver implements DialectResolver {

    private static final Pattern MARIADB_VERSION = Pattern.compile("(?:5\\.5\\.5-)?(\\d+)\\.(\\d+)(?:\\.(\\d+))?-MariaDB");

    @Override
    public Dialect resolveDialect(DialectResolutionInfo info) {
        String version = info.getDatabaseVersion();
        if (version == null) {
            return null;
        }
        Matcher m = MARIADB_VERSION.matcher(version);
        if (!m.find()) {
            return null;
        }
        int micro = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
        return new MariaDBDialect(DatabaseVersion.make(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), micro));
    }
}
