package org.holdfast.replica;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.type.AnnotatedTypeMetadata;

import com.zaxxer.hikari.HikariDataSource;

/**
 * Only with {@code holdfast.replica.url} set: wraps the DataSource Spring Boot made for the primary in
 * {@link ReplicaRouting}, so that JPA, Flyway and the health check all go through it unchanged. Without the setting
 * nothing here exists and the portal runs on the primary alone, as before.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(ReplicaConfiguration.ReplicaConfigured.class)
class ReplicaConfiguration {

    @Bean
    ReadYourWrites readYourWrites() {
        return new ReadYourWrites();
    }

    /**
     * Static, and declared as a type that is {@link Ordered}, so that Spring knows its order before making it and runs
     * it before the post-processors without one (such as the tests' SQL recorder, which would otherwise wrap Boot's
     * pool first and hide it). The settings and the session filter are looked up only when the DataSource is made.
     */
    @Bean
    static RouteReadOnlyToReplica readOnlyTransactionsToTheReplica(ObjectProvider<ReplicaSettings> settings,
            ObjectProvider<ReadYourWrites> readYourWrites) {
        return new RouteReadOnlyToReplica(settings, readYourWrites);
    }

    static class RouteReadOnlyToReplica implements BeanPostProcessor, Ordered {

        private final ObjectProvider<ReplicaSettings> settings;
        private final ObjectProvider<ReadYourWrites> readYourWrites;

        RouteReadOnlyToReplica(ObjectProvider<ReplicaSettings> settings, ObjectProvider<ReadYourWrites> readYourWrites) {
            this.settings = settings;
            this.readYourWrites = readYourWrites;
        }

        @Override
        public Object postProcessAfterInitialization(Object bean, String name) {
            if (name.equals("dataSource") && bean instanceof HikariDataSource primary) {
                return ReplicaRouting.of(primary, settings.getObject(), readYourWrites.getObject());
            }
            return bean;
        }

        @Override
        public int getOrder() {
            return Ordered.HIGHEST_PRECEDENCE;
        }
    }

    /** A blank url (the mysql profile's default when MYSQL_REPLICA_URL is not set) means no replica. */
    static class ReplicaConfigured implements Condition {

        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            String url = context.getEnvironment().getProperty("holdfast.replica.url");
            return url != null && !url.isBlank();
        }
    }
}
