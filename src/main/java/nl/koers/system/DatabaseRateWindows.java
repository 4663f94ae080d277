package nl.koers.system;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * The windows as rows of {@code rate_window} in PostgreSQL, shared by every Koers instance on it: one statement per
 * event, an upsert that starts, counts or refuses in one go under the row's lock, so two instances counting at the
 * same moment cannot both take the last place. The table is unlogged (see the migration {@code V7__shared_limits}):
 * the statement does not wait for a flush to disk. A refused event is not counted: the count stops one above the
 * maximum. Ended windows are deleted regularly; a window that ended but is still there simply starts anew.
 */
class DatabaseRateWindows implements RateWindows {

    /** How often ended windows are forgotten, by both kinds of windows. */
    static final String FORGET_EVERY = "PT5M";

    private static final String COUNT = """
            INSERT INTO rate_window (window_key, ends_at, events) VALUES (:key, :ends, 1)
            ON CONFLICT (window_key) DO UPDATE SET
                ends_at = CASE WHEN rate_window.ends_at <= :now THEN EXCLUDED.ends_at ELSE rate_window.ends_at END,
                events = CASE WHEN rate_window.ends_at <= :now THEN 1 ELSE LEAST(rate_window.events, :max) + 1 END
            RETURNING events, ends_at""";

    private record Window(Instant ends, int events) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    DatabaseRateWindows(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public Duration tryCount(String key, int max, Duration length) {
        Instant now = clock.instant();
        Window window = jdbc.sql(COUNT)
                .param("key", key).param("ends", JdbcTimes.utc(now.plus(length))).param("now", JdbcTimes.utc(now))
                .param("max", max)
                .query((rs, row) -> new Window(JdbcTimes.instant(rs, "ends_at"), rs.getInt("events")))
                .single();
        return window.events() <= max ? Duration.ZERO : Duration.between(now, window.ends());
    }

    @Scheduled(fixedDelayString = FORGET_EVERY, initialDelayString = FORGET_EVERY)
    int forgetEnded() {
        return jdbc.sql("DELETE FROM rate_window WHERE ends_at <= :now")
                .param("now", JdbcTimes.utc(clock.instant())).update();
    }
}
