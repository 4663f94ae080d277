package nl.koers.accounts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import nl.koers.system.JdbcTimes;

/** The stored side of API tokens: their hashes, names and dates. The tokens themselves are never stored. */
@Repository
class ApiTokenRepository {

    private final JdbcClient jdbc;

    ApiTokenRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long userId, String name, String hash, Instant createdAt, @Nullable Instant expiresAt) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO api_token (user_id, name, token_hash, created_at, expires_at)
                VALUES (:userId, :name, :hash, :createdAt, :expiresAt)""")
                .param("userId", userId)
                .param("name", name)
                .param("hash", hash)
                .param("createdAt", JdbcTimes.utc(createdAt))
                .param("expiresAt", JdbcTimes.utcOrNull(expiresAt))
                .update(keys, "id");
        Number id = keys.getKey();
        if (id == null) {
            throw new IllegalStateException("database returned no generated id");
        }
        return id.longValue();
    }

    /** Holds the owner's row until the transaction ends, so that two requests at once cannot pass the maximum. */
    void lockOwner(long userId) {
        jdbc.sql("SELECT id FROM app_user WHERE id = :userId FOR UPDATE")
                .param("userId", userId)
                .query(Long.class)
                .single();
    }

    int countOf(long userId) {
        return jdbc.sql("SELECT COUNT(*) FROM api_token WHERE user_id = :userId")
                .param("userId", userId)
                .query(Integer.class)
                .single();
    }

    /** A person's tokens, oldest first. */
    List<ApiToken> ofUser(long userId) {
        return jdbc.sql("""
                SELECT id, name, created_at, expires_at, last_used_at FROM api_token
                WHERE user_id = :userId ORDER BY created_at, id""")
                .param("userId", userId)
                .query(ApiTokenRepository::token)
                .list();
    }

    boolean delete(long userId, long id) {
        return jdbc.sql("DELETE FROM api_token WHERE id = :id AND user_id = :userId")
                .param("id", id)
                .param("userId", userId)
                .update() == 1;
    }

    /** The token with this hash and its owner, when the owner's account is enabled: one indexed look-up. */
    Optional<Holder> findByHash(String hash) {
        return jdbc.sql("""
                SELECT t.id AS token_id, t.expires_at, u.id, u.username, u.display_name, u.role, u.team_id
                FROM api_token t JOIN app_user u ON u.id = t.user_id
                WHERE t.token_hash = :hash AND u.enabled""")
                .param("hash", hash)
                .query((rs, row) -> new Holder(rs.getLong("token_id"), JdbcTimes.instantOrNull(rs, "expires_at"),
                        UserRepository.user(rs, row)))
                .optional();
    }

    /** Writes the times tokens were last used; a time never moves back (another instance may have written later). */
    void recordUse(Map<Long, Instant> lastUsed) {
        lastUsed.forEach((id, at) -> jdbc.sql("""
                UPDATE api_token SET last_used_at = :at
                WHERE id = :id AND (last_used_at IS NULL OR last_used_at < :at)""")
                .param("at", JdbcTimes.utc(at))
                .param("id", id)
                .update());
    }

    private static ApiToken token(ResultSet rs, int row) throws SQLException {
        return new ApiToken(rs.getLong("id"), rs.getString("name"), JdbcTimes.instant(rs, "created_at"),
                JdbcTimes.instantOrNull(rs, "expires_at"), JdbcTimes.instantOrNull(rs, "last_used_at"));
    }

    /** What a Bearer request needs: which token, until when, and whose. */
    record Holder(long tokenId, @Nullable Instant expiresAt, KoersUser user) {
    }
}
