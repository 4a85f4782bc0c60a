package org.holdfast;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.PropertiesLoaderUtils;
import org.springframework.jdbc.core.JdbcTemplate;

/** The zero-configuration set-up: an H2 file database that keeps its data across a restart. */
class DefaultProfileTests {

    @Test
    void defaultDatabaseIsAnH2FileUnderData() throws Exception {
        Properties defaults = PropertiesLoaderUtils.loadProperties(new ClassPathResource("application.properties"));
        assertThat(defaults.getProperty("spring.datasource.url")).startsWith("jdbc:h2:file:./data/");
        assertThat(defaults.getProperty("holdfast.demo-data")).isEqualTo("true");
    }

    @Test
    void dataSurvivesARestartAndDemoDataIsLoadedOnlyOnce(@TempDir Path dir) {
        String url = "jdbc:h2:file:" + dir.resolve("holdfast") + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE";
        long accounts;
        try (ConfigurableApplicationContext first = start(url)) {
            JdbcTemplate jdbc = first.getBean(JdbcTemplate.class);
            accounts = jdbc.queryForObject("select count(*) from user_account", Long.class);
            jdbc.update("update client set display_name = 'Renamed Before Restart' where id = (select min(id) from client)");
        }
        try (ConfigurableApplicationContext second = start(url)) {
            JdbcTemplate jdbc = second.getBean(JdbcTemplate.class);
            assertThat(accounts).isEqualTo(27);
            assertThat(jdbc.queryForObject("select count(*) from user_account", Long.class)).isEqualTo(accounts);
            assertThat(jdbc.queryForList("select display_name from client", String.class))
                    .contains("Renamed Before Restart");
        }
    }

    private static ConfigurableApplicationContext start(String url) {
        return new SpringApplicationBuilder(HoldfastApplication.class)
                .run("--spring.profiles.active=default", "--spring.datasource.url=" + url, "--server.port=0");
    }
}
