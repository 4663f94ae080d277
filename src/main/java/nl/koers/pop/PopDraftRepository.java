package nl.koers.pop;

import static nl.koers.system.JdbcTimes.instant;
import static nl.koers.system.JdbcTimes.instantOrNull;
import static nl.koers.system.JdbcTimes.utc;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The POP draft of a conversation, stored as one JSON document. Access is checked by whoever
 * resolves the conversation first; this repository is keyed by a conversation the caller may see.
 */
@Repository
public class PopDraftRepository {

    private final JdbcClient jdbc;

    public PopDraftRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Stores the draft, replacing an earlier one, and returns its new version. A changed draft needs to be accepted
     * again, so earlier acceptances are cleared when the content changes.
     */
    public long save(UUID conversationId, String content, Instant now) {
        Optional<StoredPop> stored = find(conversationId);
        if (stored.isPresent() && stored.get().content().equals(content)) {
            return stored.get().version();
        }
        replace(conversationId, content, now);
        return find(conversationId).map(StoredPop::version).orElseThrow();
    }

    /**
     * Stores the draft as {@link #save} does, for a caller that has just read the stored draft in its transaction and
     * knows that this one differs: one statement where {@code save} needs three. Earlier acceptances are cleared.
     */
    public void replace(UUID conversationId, String content, Instant now) {
        int updated = jdbc.sql("""
                UPDATE pop_draft SET content = :content, version = version + 1, updated_at = :now,
                                     accepted_by_employee_at = NULL, accepted_by_manager_at = NULL
                WHERE conversation_id = :id""")
                .param("content", content)
                .param("now", utc(now))
                .param("id", conversationId)
                .update();
        if (updated == 0) {
            jdbc.sql("""
                    INSERT INTO pop_draft (conversation_id, content, version, updated_at)
                    VALUES (:id, :content, 0, :now)""")
                    .param("id", conversationId)
                    .param("content", content)
                    .param("now", utc(now))
                    .update();
        }
    }

    /**
     * Stores the draft only while the stored one is still version {@code expected}, in one conditional UPDATE; false
     * when another save came first. The conversation's row lock already orders edits; this makes "exactly one of two
     * saves from one version" hold in the database itself.
     */
    public boolean saveIfVersion(UUID conversationId, String content, long expected, Instant now) {
        Optional<StoredPop> stored = find(conversationId);
        if (stored.isEmpty() || stored.get().version() != expected) {
            return false;
        }
        if (stored.get().content().equals(content)) {
            return true;
        }
        return jdbc.sql("""
                UPDATE pop_draft SET content = :content, version = version + 1, updated_at = :now,
                                     accepted_by_employee_at = NULL, accepted_by_manager_at = NULL
                WHERE conversation_id = :id AND version = :expected""")
                .param("content", content)
                .param("now", utc(now))
                .param("id", conversationId)
                .param("expected", expected)
                .update() == 1;
    }

    public Optional<StoredPop> find(UUID conversationId) {
        return jdbc.sql("""
                SELECT conversation_id, content, version, accepted_by_employee_at, accepted_by_manager_at, updated_at
                FROM pop_draft WHERE conversation_id = :id""")
                .param("id", conversationId)
                .query((rs, row) -> new StoredPop(rs.getObject("conversation_id", UUID.class),
                        rs.getString("content"), rs.getLong("version"), instantOrNull(rs, "accepted_by_employee_at"),
                        instantOrNull(rs, "accepted_by_manager_at"), instant(rs, "updated_at")))
                .optional();
    }

    /**
     * Stores the draft with what a progress review recorded in it. Unlike {@link #save} the akkoord stays: progress
     * is added to what was agreed, it does not change it.
     */
    public void saveProgress(UUID conversationId, String content, Instant now) {
        jdbc.sql("UPDATE pop_draft SET content = :content, version = version + 1, updated_at = :now"
                        + " WHERE conversation_id = :id")
                .param("content", content)
                .param("now", utc(now))
                .param("id", conversationId)
                .update();
    }

    /** Records that the employee or the team leader accepted the current draft. */
    public boolean accept(UUID conversationId, boolean byEmployee, Instant at) {
        String column = byEmployee ? "accepted_by_employee_at" : "accepted_by_manager_at";
        return jdbc.sql("UPDATE pop_draft SET " + column + " = :at WHERE conversation_id = :id")
                .param("at", utc(at))
                .param("id", conversationId)
                .update() == 1;
    }

    public record StoredPop(UUID conversationId, String content, long version, @Nullable Instant acceptedByEmployeeAt,
            @Nullable Instant acceptedByManagerAt, Instant updatedAt) {
    }
}
