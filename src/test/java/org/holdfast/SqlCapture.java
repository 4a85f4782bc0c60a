package org.holdfast;

import java.lang.reflect.Method;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.stereotype.Component;

import net.ttddyy.dsproxy.ExecutionInfo;
import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.listener.QueryExecutionListener;
import net.ttddyy.dsproxy.proxy.ParameterSetOperation;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;

/**
 * Records the SELECT statements a piece of code really runs, with their parameters, so a test can
 * EXPLAIN them and the benchmark can replay them over plain JDBC. Wraps the application's DataSource in
 * every test context (test sources only); records nothing unless asked.
 */
@Component
public class SqlCapture implements BeanPostProcessor {

    /** One executed SELECT and how its parameters were set, to be set again the same way. */
    public record Statement(String sql, List<ParameterSetOperation> parameters) {

        public PreparedStatement prepare(java.sql.Connection connection, String prefix) throws SQLException {
            PreparedStatement ps = connection.prepareStatement(prefix + sql);
            for (ParameterSetOperation op : parameters) {
                Method method = op.getMethod();
                try {
                    method.invoke(ps, op.getArgs());
                } catch (ReflectiveOperationException e) {
                    throw new SQLException("Could not set a parameter again: " + method, e);
                }
            }
            return ps;
        }

        public boolean reads(String table) {
            return sql.toLowerCase(Locale.ROOT).matches("(?s).*\\b(from|join)\\s+" + table + "\\b.*");
        }
    }

    private final ThreadLocal<List<Statement>> recording = new ThreadLocal<>();

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof DataSource ds && !(bean instanceof Recordable)) {
            return new Recordable(ds, ProxyDataSourceBuilder.create(ds).name(beanName).listener(new QueryExecutionListener() {
                @Override
                public void beforeQuery(ExecutionInfo execInfo, List<QueryInfo> queryInfoList) {
                }

                @Override
                public void afterQuery(ExecutionInfo execInfo, List<QueryInfo> queryInfoList) {
                    List<Statement> into = recording.get();
                    if (into == null) {
                        return;
                    }
                    for (QueryInfo q : queryInfoList) {
                        if (!q.getQuery().stripLeading().toLowerCase(Locale.ROOT).startsWith("select")) {
                            continue;
                        }
                        if (q.getParametersList().isEmpty()) {
                            into.add(new Statement(q.getQuery(), List.of()));
                        }
                        for (List<ParameterSetOperation> params : q.getParametersList()) {
                            into.add(new Statement(q.getQuery(), List.copyOf(params)));
                        }
                    }
                }
            }).build());
        }
        return bean;
    }

    /**
     * Hands out recording connections only to a thread that is recording when it takes the connection, and the
     * plain pool's otherwise: a benchmark then times what production runs, not the proxy's bookkeeping of
     * every statement's parameters (a few per cent of the caseload's Java time). Code under record() opens its
     * own transaction, so its connection is taken while recording.
     */
    private final class Recordable extends DelegatingDataSource {

        private final DataSource recording;

        Recordable(DataSource plain, DataSource recording) {
            super(plain);
            this.recording = recording;
        }

        @Override
        public Connection getConnection() throws SQLException {
            return SqlCapture.this.recording.get() != null ? recording.getConnection() : super.getConnection();
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            return SqlCapture.this.recording.get() != null ? recording.getConnection(username, password)
                    : super.getConnection(username, password);
        }
    }

    /** Runs the action on this thread and returns the SELECTs it ran, in order. */
    public List<Statement> selectsOf(Runnable action) {
        return record(() -> {
            action.run();
            return null;
        }).statements();
    }

    public <T> Recorded<T> record(Supplier<T> action) {
        List<Statement> into = new ArrayList<>();
        recording.set(into);
        try {
            T result = action.get();
            return new Recorded<>(result, List.copyOf(into));
        } finally {
            recording.remove();
        }
    }

    public record Recorded<T>(T result, List<Statement> statements) {
    }
}
