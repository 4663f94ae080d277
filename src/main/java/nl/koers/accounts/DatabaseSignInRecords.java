package nl.koers.accounts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.Optional;
import java.util.function.UnaryOperator;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;

import nl.koers.system.JdbcTimes;
import nl.koers.system.LimitsProperties;

/**
 * The sign-in records as rows of {@code sign_in_record} in PostgreSQL, shared by every Koers instance on it: wrong
 * passwords on one instance pause or slow down the same username and address on all. A change reads the row and
 * writes it back only if no other change came in between (its {@code version}), and otherwise starts again from
 * what is there now; nothing is written when nothing changes. The key is hashed: no usernames or addresses are
 * stored. Rows are deleted once nothing in them matters any more.
 */
final class DatabaseSignInRecords implements SignInRecords {

    private record Stored(Entry entry, long version) {
    }

    private final JdbcClient jdbc;
    private final Duration window;
    private final Clock clock;

    DatabaseSignInRecords(JdbcClient jdbc, LimitsProperties limits, Clock clock) {
        this.jdbc = jdbc;
        this.window = limits.loginPause();
        this.clock = clock;
    }

    @Override
    public Entry get(Kind kind, String key) {
        return read(id(kind, key)).map(Stored::entry).orElse(Entry.NONE);
    }

    @Override
    public Entry update(Kind kind, String key, Instant now, UnaryOperator<Entry> change) {
        String id = id(kind, key);
        while (true) { // each new round means another change of this key was written: the loop always progresses
            Optional<Stored> known = read(id);
            Entry before = known.map(Stored::entry).orElse(Entry.NONE);
            Entry after = change.apply(before);
            if (after.equals(before)) {
                return after;
            }
            boolean written = known.isPresent() ? replace(id, after, now, known.get().version()) : insert(id, after, now);
            if (written) {
                return after;
            }
        }
    }

    @Scheduled(fixedDelayString = "PT5M", initialDelayString = "PT5M")
    int forgetFinished() {
        return jdbc.sql("DELETE FROM sign_in_record WHERE forget_after < :now")
                .param("now", JdbcTimes.utc(clock.instant())).update();
    }

    private Optional<Stored> read(String id) {
        return jdbc.sql("SELECT failures, first_failure, paused_until, not_before, trusted_until, version"
                        + " FROM sign_in_record WHERE record_key = :id")
                .param("id", id)
                .query((rs, row) -> new Stored(new Entry(rs.getInt("failures"), instant(rs, "first_failure"),
                        instant(rs, "paused_until"), instant(rs, "not_before"), instant(rs, "trusted_until")),
                        rs.getLong("version")))
                .optional();
    }

    /** False when another instance inserted the key first. */
    private boolean insert(String id, Entry entry, Instant now) {
        return bind(jdbc.sql("INSERT INTO sign_in_record (record_key, failures, first_failure, paused_until, not_before,"
                + " trusted_until, forget_after, version) VALUES (:id, :failures, :first, :paused, :notBefore, :trusted,"
                + " :forget, 0) ON CONFLICT (record_key) DO NOTHING"), id, entry, now).update() == 1;
    }

    /** False when the row changed since it was read at {@code version}, or was deleted. */
    private boolean replace(String id, Entry entry, Instant now, long version) {
        return bind(jdbc.sql("UPDATE sign_in_record SET failures = :failures, first_failure = :first,"
                + " paused_until = :paused, not_before = :notBefore, trusted_until = :trusted, forget_after = :forget,"
                + " version = version + 1 WHERE record_key = :id AND version = :version"), id, entry, now)
                .param("version", version).update() == 1;
    }

    private JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement, String id, Entry entry, Instant now) {
        Instant forget = entry.forgetAfter(window);
        return statement.param("id", id).param("failures", entry.count())
                .param("first", stored(entry.first()), Types.TIMESTAMP_WITH_TIMEZONE)
                .param("paused", stored(entry.pausedUntil()), Types.TIMESTAMP_WITH_TIMEZONE)
                .param("notBefore", stored(entry.notBefore()), Types.TIMESTAMP_WITH_TIMEZONE)
                .param("trusted", stored(entry.trustedUntil()), Types.TIMESTAMP_WITH_TIMEZONE)
                .param("forget", JdbcTimes.utc(forget.isAfter(now) ? forget : now));
    }

    /** {@link Instant#MIN} ("never") is stored as NULL: it lies before anything a timestamp column holds. */
    private static @Nullable OffsetDateTime stored(Instant instant) {
        return instant.equals(Instant.MIN) ? null : JdbcTimes.utc(instant);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Instant stored = JdbcTimes.instantOrNull(rs, column);
        return stored == null ? Instant.MIN : stored;
    }

    private static String id(Kind kind, String key) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest((kind.name() + ':' + key).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException missing) {
            throw new IllegalStateException("every Java has SHA-256", missing);
        }
    }
}
