package org.holdfast.benchmark;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;

import javax.sql.DataSource;

import org.holdfast.SqlCapture;
import org.holdfast.insights.InsightsPeriod;
import org.holdfast.insights.InsightsService;
import org.holdfast.insights.RiskFlags;
import org.holdfast.insights.SuggestedAgenda;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * One client's insights, suggested agenda and risk flags on the generated practice, per period, timed
 * over a sample of one clinician's clients (run i reads client i mod sample), against the floor of the
 * SELECTs each call ran for that client. "Whole plan" reads two years of journal and is the heavy case.
 */
final class InsightsBenchmark {

    static final int SAMPLE = 5;

    private final ConfigurableApplicationContext context;
    private final DataSource dataSource;
    private final SqlCapture sql;
    private final int runs;
    private final String clinician;
    private final Map<InsightsPeriod, List<SqlCapture.Statement>> firstClientStatements = new EnumMap<>(InsightsPeriod.class);
    private List<SqlCapture.Statement> agendaStatements = List.of();

    InsightsBenchmark(ConfigurableApplicationContext context, DataSource dataSource, int runs, String clinician) {
        this.context = context;
        this.dataSource = dataSource;
        this.sql = context.getBean(SqlCapture.class);
        this.runs = runs;
        this.clinician = clinician;
    }

    /** Clients whose consent shares numbers (a client who shares nothing costs nothing), log sharers first. */
    List<Long> sample() {
        return context.getBean(JdbcTemplate.class).queryForList("""
                select c.id from client c join user_account d on d.id = c.clinician_id
                join journal_consent j on j.client_id = c.id
                where d.username = ? and j.level <> 'NOTHING'
                order by j.share_contact_log desc, j.level, c.id""", Long.class, clinician).stream().limit(SAMPLE).toList();
    }

    String describe(List<Long> sample) {
        List<Map<String, Object>> rows = new ArrayList<>();
        JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
        for (long id : sample) {
            rows.add(jdbc.queryForMap("""
                    select j.level, j.share_contact_log,
                           (select count(*) from therapy_session s where s.client_id = j.client_id and s.status = 'HELD') held,
                           (select count(*) from plan_high_risk_date h where h.client_id = j.client_id) dates
                    from journal_consent j where j.client_id = ?""", id));
        }
        return sample.size() + " clients of " + clinician + " " + sample + ", consent " + rows.stream()
                .map(r -> r.get("level") + (Boolean.TRUE.equals(r.get("share_contact_log")) ? "+log" : "")).toList()
                + "; held sessions " + rows.stream().map(r -> r.get("held")).toList() + " (fortnightly, the last 1-14 days"
                + " ago); plan started " + CaseloadBenchmark.DAYS + " days ago; high-risk dates "
                + rows.stream().map(r -> r.get("dates")).toList() + " (the generator makes none).";
    }

    void printRows(List<Long> sample) throws SQLException {
        InsightsService insights = context.getBean(InsightsService.class);
        for (InsightsPeriod period : InsightsPeriod.values()) {
            measure("insights, " + period.label().toLowerCase(), sample, id -> insights.insights(id, period),
                    statements -> firstClientStatements.put(period, statements));
        }
        SuggestedAgenda agenda = context.getBean(SuggestedAgenda.class);
        measure("suggested agenda (flags + since last session)", sample, agenda::forNextSession,
                statements -> agendaStatements = statements);
        RiskFlags flags = context.getBean(RiskFlags.class);
        measure("risk flags of one client", sample, flags::flagsFor, statements -> {
        });
    }

    private void measure(String what, List<Long> sample, LongConsumer call,
            java.util.function.Consumer<List<SqlCapture.Statement>> firstClient) throws SQLException {
        for (int i = 0; i < 10 * sample.size(); i++) {
            call.accept(sample.get(i % sample.size()));
        }
        List<List<SqlCapture.Statement>> perClient = new ArrayList<>();
        for (long id : sample) {
            perClient.add(sql.selectsOf(() -> call.accept(id)));
        }
        firstClient.accept(perClient.getFirst());
        Bench.Timing server = Bench.Timing.of(runs, i -> call.accept(sample.get(i % sample.size())));
        Bench.Timing.ofSql(sample.size(), dataSource, perClient);
        Bench.Timing floor = Bench.Timing.ofSql(runs, dataSource, perClient);
        Bench.row(what, perClient.getFirst().size(), server, floor, null);
    }

    void printPlans(long client) throws SQLException {
        Bench.printPlans("insights, whole plan, client " + client, dataSource, firstClientStatements.get(InsightsPeriod.PLAN));
        Bench.printPlans("suggested agenda (its flags and since-last-session insights), client " + client, dataSource,
                agendaStatements);
    }
}
