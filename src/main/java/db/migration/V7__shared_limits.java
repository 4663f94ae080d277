package db.migration;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * The limits that hold across every Koers instance on one PostgreSQL: the message cap ({@code rate_window}) and the
 * sign-in limits ({@code sign_in_record}). On the embedded H2, which one process opens, both are counted in memory
 * and these tables stay empty. Rows are deleted a few minutes after their window or pause has passed.
 * <p>
 * Java rather than SQL because on PostgreSQL the tables are {@code UNLOGGED}, which H2 does not know: a count
 * written to them does not wait for the write-ahead log on disk, so the cap costs a message a fraction of a
 * millisecond rather than a flush. The price is that a crash of PostgreSQL (not of Koers) empties them, and a standby
 * does not have them: the counts then start over, as the in-memory counts do when an instance restarts.
 */
public class V7__shared_limits extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        String table = "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())
                ? "CREATE UNLOGGED TABLE " : "CREATE TABLE ";
        try (Statement sql = connection.createStatement()) {
            // a fixed window per key ('messages:<user id>'): the events counted in it, up to one above the limit
            sql.execute(table + """
                    rate_window (
                        window_key VARCHAR(100)             PRIMARY KEY,
                        ends_at    TIMESTAMP WITH TIME ZONE NOT NULL,
                        events     INTEGER                  NOT NULL
                    )""");
            // what the sign-in limits remember per username, per address, and per both; the key is a SHA-256 of the
            // kind and the username and/or address, so no usernames or addresses are stored; version guards each
            // change against a change by another instance at the same moment
            sql.execute(table + """
                    sign_in_record (
                        record_key    CHAR(64)                 PRIMARY KEY,
                        failures      INTEGER                  NOT NULL,
                        first_failure TIMESTAMP WITH TIME ZONE,
                        paused_until  TIMESTAMP WITH TIME ZONE,
                        not_before    TIMESTAMP WITH TIME ZONE,
                        trusted_until TIMESTAMP WITH TIME ZONE,
                        forget_after  TIMESTAMP WITH TIME ZONE NOT NULL,
                        version       BIGINT                   NOT NULL
                    )""");
        }
    }
}
