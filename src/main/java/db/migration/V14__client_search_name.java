package db.migration;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.holdfast.shared.SearchText;

/**
 * Adds the folded name a search compares ("zoe" for "Zoë") and fills it for the clients already there.
 * In Java, because folding accents is not portable SQL: H2 and MariaDB have no shared function for it, and
 * a collation that ignores accents on both does not exist. New clients get it from the entity.
 */
public class V14__client_search_name extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        var connection = context.getConnection();
        try (Statement alter = connection.createStatement()) {
            alter.execute("alter table client add column search_name varchar(120)");
        }
        try (Statement select = connection.createStatement();
                ResultSet clients = select.executeQuery("select id, display_name from client");
                PreparedStatement update = connection.prepareStatement("update client set search_name = ? where id = ?")) {
            while (clients.next()) {
                update.setString(1, SearchText.fold(clients.getString("display_name")));
                update.setLong(2, clients.getLong("id"));
                update.addBatch();
            }
            update.executeBatch();
        }
    }
}
