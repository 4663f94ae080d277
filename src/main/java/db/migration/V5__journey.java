package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * The journey: a leader's own preparation, a one-on-one that starts from the preparations, who said what, and
 * progress reviews. Java rather than SQL because the {@code CHECK} constraints of version 1 have no names: H2 and
 * PostgreSQL each named them their own way, so they are looked up in the information schema, dropped, and added
 * again with names (and the new type and phase) that later migrations can refer to in plain SQL.
 */
public class V5__journey extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        try (Statement sql = connection.createStatement()) {
            for (String name : checksOnConversation(connection)) {
                sql.execute("ALTER TABLE conversation DROP CONSTRAINT " + quoted(name));
            }
            sql.execute("ALTER TABLE conversation ADD CONSTRAINT ck_conversation_type"
                    + " CHECK (type IN ('VOORBEREIDING', 'GESPREK', 'VRAAG', 'VOORTGANG'))");
            sql.execute("ALTER TABLE conversation ADD CONSTRAINT ck_conversation_phase CHECK (phase IN"
                    + " ('INVENTARISATIE', 'VOORSTELLEN', 'AFSPRAKEN', 'AFGEROND', 'VRAAG', 'VOORTGANG'))");
            sql.execute("ALTER TABLE conversation ADD CONSTRAINT ck_conversation_mode CHECK (mode IN ('guided', 'llm'))");
            // the employee a leader's own preparation is about; the leader owns it
            sql.execute("ALTER TABLE conversation ADD COLUMN subject_id BIGINT REFERENCES app_user (id) ON DELETE CASCADE");
            // a one-on-one: the employee's shared preparation it started from, and the agenda taken from both
            sql.execute("ALTER TABLE conversation ADD COLUMN preparation_id UUID REFERENCES conversation (id)"
                    + " ON DELETE SET NULL");
            sql.execute("ALTER TABLE conversation ADD COLUMN agenda TEXT");
            // a progress review: the conversation whose POP it reviews
            sql.execute("ALTER TABLE conversation ADD COLUMN review_of UUID REFERENCES conversation (id)"
                    + " ON DELETE CASCADE");
            sql.execute("ALTER TABLE conversation ADD COLUMN shared_at TIMESTAMP WITH TIME ZONE");
            sql.execute("UPDATE conversation SET shared_at = updated_at WHERE shared_with_manager");
            // whose answer a message is; the author is who sent it
            sql.execute("ALTER TABLE chat_message ADD COLUMN speaker_id BIGINT REFERENCES app_user (id)"
                    + " ON DELETE SET NULL");
            sql.execute("UPDATE chat_message SET speaker_id = author_id");
            sql.execute("CREATE INDEX idx_conversation_subject ON conversation (subject_id, updated_at)");
            sql.execute("CREATE INDEX idx_conversation_review ON conversation (review_of)");
        }
    }

    /** The names of the CHECK constraints on the conversation table's type, phase and mode. */
    private static List<String> checksOnConversation(Connection connection) throws SQLException {
        List<String> names = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("""
                SELECT tc.constraint_name, cc.check_clause
                  FROM information_schema.table_constraints tc
                  JOIN information_schema.check_constraints cc
                    ON cc.constraint_name = tc.constraint_name AND cc.constraint_schema = tc.constraint_schema
                 WHERE UPPER(tc.table_name) = 'CONVERSATION' AND tc.constraint_type = 'CHECK'
                   AND tc.table_schema = CURRENT_SCHEMA""");
                ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                String clause = rows.getString(2);
                if (clause != null && (clause.contains("VOORBEREIDING") || clause.contains("INVENTARISATIE")
                        || clause.contains("guided"))) {
                    names.add(rows.getString(1));
                }
            }
        }
        return names;
    }

    private static String quoted(String name) {
        return '"' + name.replace("\"", "\"\"") + '"';
    }
}
