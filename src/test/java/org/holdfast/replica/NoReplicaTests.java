package org.holdfast.replica;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Properties;

import javax.sql.DataSource;

import org.holdfast.DatabaseTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.PropertiesLoaderUtils;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.zaxxer.hikari.HikariDataSource;

/** Without {@code holdfast.replica.url} the portal is what it was: Boot's own pool, every transaction on it. */
@DatabaseTest
class NoReplicaTests {

    @Autowired
    ApplicationContext context;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void withoutAReplicaUrlThePlainDataSourceIsUsed() throws Exception {
        DataSource dataSource = context.getBean("dataSource", DataSource.class);
        assertThat(dataSource).isNotInstanceOf(ReplicaRouting.class);
        assertThat(dataSource.isWrapperFor(HikariDataSource.class)).isTrue();
        assertThat(context.getBeansOfType(ReadYourWrites.class)).isEmpty();
        assertThat(context.getBeansOfType(ReplicaRouting.class)).isEmpty();
    }

    @Test
    void readOnlyTransactionsStillReadTheOneDatabase() {
        TransactionTemplate readOnly = new TransactionTemplate(transactions);
        readOnly.setReadOnly(true);
        Long accounts = readOnly.execute(status -> jdbc.queryForObject("select count(*) from user_account", Long.class));
        assertThat(accounts).isPositive();
    }

    @Test
    void theMysqlProfileLeavesTheReplicaOffUnlessMysqlReplicaUrlIsSet() throws Exception {
        Properties mysql = PropertiesLoaderUtils.loadProperties(new ClassPathResource("application-mysql.properties"));
        assertThat(mysql.getProperty("holdfast.replica.url")).isEqualTo("${MYSQL_REPLICA_URL:}");
        assertThat(mysql.getProperty("holdfast.replica.username")).isEqualTo("${MYSQL_REPLICA_USER:${MYSQL_USER:holdfast}}");
        assertThat(mysql.getProperty("holdfast.replica.password")).isEqualTo("${MYSQL_REPLICA_PASSWORD:${MYSQL_PASSWORD:}}");
    }
}
