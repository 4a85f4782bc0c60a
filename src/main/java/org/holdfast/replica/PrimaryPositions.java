package org.holdfast.replica;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * The primary's connections, each noting in {@link ReadYourWrites} where the binary log stands after every commit:
 * the position includes that commit, so a replica that has reached it has the write. Read-only transactions never
 * come here, so only writing transactions pay the one extra query. Statements run outside a transaction
 * (auto-commit) are not noted: the portal writes in transactions.
 */
class PrimaryPositions extends DelegatingDataSource {

    private final ReadYourWrites readYourWrites;

    PrimaryPositions(DataSource primary, ReadYourWrites readYourWrites) {
        super(primary);
        this.readYourWrites = readYourWrites;
    }

    @Override
    public Connection getConnection() throws SQLException {
        Connection target = obtainTargetDataSource().getConnection();
        InvocationHandler noteCommits = (proxy, method, args) -> {
            if (method.getName().equals("equals")) {
                return proxy == args[0];
            }
            if (method.getName().equals("hashCode")) {
                return System.identityHashCode(proxy);
            }
            Object result = invoke(target, method, args);
            if (method.getName().equals("commit") && method.getParameterCount() == 0) {
                readYourWrites.wrote(position(target));
            }
            return result;
        };
        return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] { Connection.class },
                noteCommits);
    }

    private static Object invoke(Connection target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getTargetException();
        }
    }

    /** {@code @@gtid_binlog_pos}, blank when the primary keeps no binary log (or is not MariaDB). */
    private static String position(Connection connection) {
        try (Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("SELECT @@gtid_binlog_pos")) {
            return result.next() ? result.getString(1) : null;
        } catch (SQLException unknown) {
            return null;
        }
    }
}
