package nl.koers.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The windows in PostgreSQL, as every Koers instance on it counts them: two instances share one cap, counting at the
 * same moment never lets more through than the maximum, and ended windows are deleted.
 */
class DatabaseRateWindowsTest extends RateWindowsContract {

    private static TestDatabase.Pooled postgres;

    @Override
    RateWindows windows() {
        JdbcClient.create(postgres.pool()).sql("DELETE FROM rate_window").update();
        return instance();
    }

    /** Another Koers instance on the same database. */
    private DatabaseRateWindows instance() {
        return new DatabaseRateWindows(JdbcClient.create(postgres.pool()), clock);
    }

    @BeforeAll
    static void schema() {
        postgres = TestDatabase.pooledPostgres();
    }

    @AfterAll
    static void dropSchema() {
        if (postgres != null) { // null when PostgreSQL is absent and the class was skipped
            postgres.close();
        }
    }

    @Test
    void twoInstancesShareOneCap() {
        RateWindows other = instance();
        int accepted = 0;
        for (int i = 0; i < 10; i++) {
            accepted += (i % 2 == 0 ? windows : other).tryCount("messages:1", 4, MINUTE).isZero() ? 1 : 0;
        }

        assertThat(accepted).isEqualTo(4);
    }

    @Test
    void countingAtTheSameMomentLetsThroughExactlyTheMaximum() throws Exception {
        List<Callable<Duration>> attempts = IntStream.range(0, 60)
                .mapToObj(i -> (Callable<Duration>) () -> instance().tryCount("messages:1", 25, MINUTE))
                .toList();
        long accepted;
        try (var threads = Executors.newFixedThreadPool(8)) {
            accepted = threads.invokeAll(attempts).stream().filter(attempt -> attempt.resultNow().isZero()).count();
        }

        assertThat(accepted).isEqualTo(25);
    }

    @Test
    void endedWindowsAreDeleted() {
        windows.tryCount("messages:1", 5, MINUTE);
        clock.advance(Duration.ofSeconds(30));
        windows.tryCount("messages:2", 5, MINUTE);
        clock.advance(Duration.ofSeconds(30));

        assertThat(instance().forgetEnded()).isEqualTo(1);
        assertThat(windows.tryCount("messages:2", 1, MINUTE)).as("the live window is kept")
                .isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void theLimitTablesAreUnloggedSoACountWaitsForNoFlush() {
        List<String> persistence = JdbcClient.create(postgres.pool()).sql("SELECT relpersistence FROM pg_class"
                        + " WHERE relname IN ('rate_window', 'sign_in_record') AND relnamespace = current_schema()::regnamespace")
                .query(String.class).list();

        assertThat(persistence).containsExactly("u", "u");
    }
}
