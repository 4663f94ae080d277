package nl.koers.conversation;

import static nl.koers.system.JdbcTimes.instant;
import static nl.koers.system.JdbcTimes.utc;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import nl.koers.accounts.KoersUser;
import nl.koers.dialogue.ConversationType;

/**
 * Who opened someone else's conversation or POP, so that the owner can see it (AVG). Opening the same thing again
 * within {@link #QUIET} adds no line: a team leader in a one-on-one opens the chat at every turn.
 */
@Component
public class AccessLog {

    /** What was opened. */
    public enum Item {
        GESPREK, POP
    }

    /** One line of the log, as the owner reads it. */
    public record Entry(UUID conversation, ConversationType type, String viewer, String viewerName, Item item,
            Instant at) {
    }

    static final Duration QUIET = Duration.ofMinutes(10);

    private final JdbcClient jdbc;
    private final Clock clock;

    AccessLog(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Notes that {@code viewer} opened {@code item} of the conversation, unless it is their own. Runs in the
     * caller's read-write transaction: a transaction of its own would hold a second pooled connection per read,
     * and enough simultaneous reads would then wait on each other for the pool.
     */
    void opened(Conversation conversation, KoersUser viewer, Item item) {
        if (conversation.ownerId() == viewer.id()) {
            return;
        }
        Instant now = clock.instant();
        boolean recent = jdbc.sql("""
                SELECT COUNT(*) FROM access_log WHERE conversation_id = :conversation AND viewer_id = :viewer
                   AND item = :item AND opened_at > :since""")
                .param("conversation", conversation.id())
                .param("viewer", viewer.id())
                .param("item", item.name())
                .param("since", utc(now.minus(QUIET)))
                .query(Long.class).single() > 0;
        if (!recent) {
            jdbc.sql("""
                    INSERT INTO access_log (conversation_id, owner_id, viewer_id, viewer_name, item, opened_at)
                    VALUES (:conversation, :owner, :viewer, :name, :item, :at)""")
                    .param("conversation", conversation.id())
                    .param("owner", conversation.ownerId())
                    .param("viewer", viewer.id())
                    .param("name", viewer.displayName())
                    .param("item", item.name())
                    .param("at", utc(now))
                    .update();
        }
    }

    /** Who opened the caller's conversations, newest first. */
    public List<Entry> ofOwner(long ownerId, int limit) {
        return entries("l.owner_id = :user", ownerId, limit);
    }

    /** Whose conversations the caller opened, newest first: part of what Koers holds about the caller. */
    public List<Entry> byViewer(long viewerId, int limit) {
        return entries("l.viewer_id = :user", viewerId, limit);
    }

    private List<Entry> entries(String condition, long user, int limit) {
        return jdbc.sql("""
                SELECT l.conversation_id, c.type, COALESCE(u.username, '') AS viewer, l.viewer_name, l.item, l.opened_at
                  FROM access_log l JOIN conversation c ON c.id = l.conversation_id
                  LEFT JOIN app_user u ON u.id = l.viewer_id
                 WHERE\s""" + condition + " ORDER BY l.opened_at DESC, l.id DESC LIMIT :limit")
                .param("user", user)
                .param("limit", limit)
                .query((rs, row) -> new Entry(rs.getObject("conversation_id", UUID.class),
                        ConversationType.valueOf(rs.getString("type")), rs.getString("viewer"),
                        rs.getString("viewer_name"), Item.valueOf(rs.getString("item")), instant(rs, "opened_at")))
                .list();
    }
}
