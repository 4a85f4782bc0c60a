package org.holdfast.audit;

import java.util.Locale;
import java.util.regex.Pattern;

import org.hibernate.cfg.AvailableSettings;
import org.hibernate.resource.jdbc.spi.StatementInspector;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The last line inside the application: every SQL statement Hibernate sends passes here, and one that
 * would update or delete audit rows is refused before it reaches the database, whether it came from
 * an entity, HQL or a native query. ({@code @Immutable} already stops entity updates and HQL updates,
 * but Hibernate allows deleting an immutable entity.)
 */
class AuditRowGuard implements StatementInspector {

    /**
     * Any UPDATE, DELETE or TRUNCATE that names the table (or the clients a row names), in whatever form the dialect writes it
     * (MySQL's is {@code delete ae1_0 from audit_event ae1_0}). Refusing a statement that merely reads
     * the table in a subquery is the safe side of the line; the application has none.
     */
    private static final Pattern CHANGES_AUDIT = Pattern
            .compile("^\\s*(update|delete|truncate)\\b.*\\baudit_event(_client)?\\b.*", Pattern.DOTALL);

    @Override
    public String inspect(String sql) {
        if (CHANGES_AUDIT.matcher(sql.toLowerCase(Locale.ROOT)).matches()) {
            throw new AuditRowsAreImmutableException();
        }
        return sql;
    }

    @Configuration(proxyBeanMethods = false)
    static class Installation {

        @Bean
        HibernatePropertiesCustomizer auditRowGuard() {
            return properties -> properties.put(AvailableSettings.STATEMENT_INSPECTOR, new AuditRowGuard());
        }
    }

    static class AuditRowsAreImmutableException extends IllegalStateException {
        AuditRowsAreImmutableException() {
            super("Audit rows are immutable: the application never updates or deletes them");
        }
    }
}
