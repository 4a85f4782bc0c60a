package org.holdfast.demo;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.holdfast.demo.DemoPractice.DemoClient;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.SimpleJdbcInsert;

/** What every demo part needs: the ids already created, today, and a seeded random per part. */
final class DemoContext {

    final JdbcTemplate jdbc;
    final Clock clock;
    final LocalDate today;
    final Instant now;
    /** Account ids of the clinicians, in the order of {@link DemoPractice#CLINICIANS}. */
    final List<Long> clinicianIds;
    /** Client ids by demo client, in the order of {@link DemoPractice#CLIENTS}. */
    final Map<DemoClient, Long> clientIds;
    /** The first plan of each client, by client id. */
    final Map<Long, Long> firstPlanIds;

    DemoContext(JdbcTemplate jdbc, Clock clock, List<Long> clinicianIds, Map<DemoClient, Long> clientIds,
            Map<Long, Long> firstPlanIds) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.today = LocalDate.now(clock);
        this.now = Instant.now(clock);
        this.clinicianIds = clinicianIds;
        this.clientIds = clientIds;
        this.firstPlanIds = firstPlanIds;
    }

    /** A random that gives the same sequence every time for the same part. */
    Random random(String part) {
        return new Random(DemoDataLoader.SEED ^ part.hashCode());
    }

    /** Inserts one row and returns its generated id. Columns as {name, value} pairs, in order. */
    long insert(String table, Object[][] columns) {
        return insert(jdbc, table, columns);
    }

    static long insert(JdbcTemplate jdbc, String table, Object[][] columns) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (Object[] column : columns) {
            values.put((String) column[0], column[1]);
        }
        SimpleJdbcInsert insert = new SimpleJdbcInsert(jdbc).withTableName(table).usingGeneratedKeyColumns("id")
                .usingColumns(values.keySet().toArray(String[]::new));
        return insert.executeAndReturnKey(values).longValue();
    }

    static Timestamp ts(Instant instant) {
        return Timestamp.from(instant);
    }
}
