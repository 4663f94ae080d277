package nl.koers.conversation;

import static nl.koers.system.JdbcTimes.instant;
import static nl.koers.system.JdbcTimes.longOrNull;
import static nl.koers.system.JdbcTimes.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import nl.koers.knowledge.SourceRef;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The messages of a conversation, in order. Callers have checked access to the conversation first (through
 * {@link ConversationRepository}, which applies {@link AccessRule}); a message is only ever read with its conversation.
 */
@Repository
public class MessageRepository {

    private static final TypeReference<List<SourceRef>> SOURCES = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final JsonMapper json;

    public MessageRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Appends a message after the last one and returns its sequence number. */
    public int append(UUID conversationId, MessageRole role, String text, List<SourceRef> sources,
            @Nullable Long authorId, Instant now) {
        return append(conversationId, role, text, sources, authorId, authorId, now);
    }

    /** Like the other, for a message sent by {@code authorId} that is {@code speakerId}'s answer. */
    public int append(UUID conversationId, MessageRole role, String text, List<SourceRef> sources,
            @Nullable Long authorId, @Nullable Long speakerId, Instant now) {
        int seq = jdbc.sql("SELECT COALESCE(MAX(seq), 0) + 1 FROM chat_message WHERE conversation_id = :id")
                .param("id", conversationId)
                .query(Integer.class)
                .single();
        appendAs(seq, conversationId, role, text, sources, authorId, speakerId, now);
        return seq;
    }

    /**
     * Stores a message as number {@code seq}, for a caller that holds the conversation's row lock and knows the
     * number of the last message, so that nobody else can have taken it: the reply of a guided turn.
     */
    public void appendAs(int seq, UUID conversationId, MessageRole role, String text, List<SourceRef> sources,
            @Nullable Long authorId, @Nullable Long speakerId, Instant now) {
        jdbc.sql("""
                INSERT INTO chat_message (conversation_id, seq, role, body, sources, author_id, speaker_id, created_at)
                VALUES (:id, :seq, :role, :body, :sources, :author, :speaker, :now)""")
                .param("speaker", speakerId)
                .param("id", conversationId)
                .param("seq", seq)
                .param("role", role.value())
                .param("body", text)
                .param("sources", json.writeValueAsString(sources))
                .param("author", authorId)
                .param("now", utc(now))
                .update();
    }

    public List<ChatMessage> messages(UUID conversationId) {
        return jdbc.sql("""
                SELECT seq, role, body, sources, author_id, speaker_id, created_at FROM chat_message
                WHERE conversation_id = :id ORDER BY seq""")
                .param("id", conversationId)
                .query(this::message)
                .list();
    }

    /** Replaces the text of a stored message: the model's phrasing of a reply stored first in its guided form. */
    public void rewrite(UUID conversationId, int seq, String text) {
        jdbc.sql("UPDATE chat_message SET body = :body WHERE conversation_id = :id AND seq = :seq")
                .param("body", text)
                .param("id", conversationId)
                .param("seq", seq)
                .update();
    }

    private ChatMessage message(ResultSet rs, int row) throws SQLException {
        return new ChatMessage(rs.getInt("seq"), MessageRole.of(rs.getString("role")), rs.getString("body"),
                json.readValue(rs.getString("sources"), SOURCES), longOrNull(rs, "author_id"),
                longOrNull(rs, "speaker_id"), instant(rs, "created_at"));
    }
}
