package nl.koers.accounts;

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

import nl.koers.accounts.SignInRecords.Entry;
import nl.koers.accounts.SignInRecords.Kind;
import nl.koers.system.TestDatabase;

/**
 * The sign-in limits kept in PostgreSQL, as every instance on it keeps them: the same behaviour as in memory, and
 * besides that, two instances count together, changes at the same moment are all counted, nothing is written for a
 * fresh trust, and finished rows are deleted.
 */
class LoginThrottleOnPostgresTest extends LoginThrottleContract {

    private static TestDatabase.Pooled postgres;
    private JdbcClient jdbc;

    @Override
    SignInRecords records() {
        jdbc = JdbcClient.create(postgres.pool());
        jdbc.sql("DELETE FROM sign_in_record").update();
        return instance();
    }

    /** The records as another Koers instance on the same database keeps them. */
    private DatabaseSignInRecords instance() {
        return new DatabaseSignInRecords(jdbc, LIMITS, clock);
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
    void wrongPasswordsOnOneInstancePauseTheNameOnTheOther() {
        var other = new LoginThrottle(LIMITS, instance(), clock);
        for (int i = 0; i < 5; i++) {
            (i % 2 == 0 ? throttle : other).failed("sanne", "10.0.0.1");
        }

        assertThat(other.check("sanne", "10.0.0.1")).isNotNull();
        assertThat(throttle.check("sanne", "10.0.0.1")).isNotNull();
        assertThat(other.check("sanne", "10.0.0.2")).as("the owner from another address").isNull();
    }

    @Test
    void failuresAtTheSameMomentAreAllCounted() throws Exception {
        List<Callable<Entry>> failures = IntStream.range(0, 40)
                .mapToObj(i -> (Callable<Entry>) () -> instance().update(Kind.NAME, "sanne", clock.instant(),
                        entry -> entry.failed(clock.instant(), LIMITS.loginPause())))
                .toList();
        try (var threads = Executors.newFixedThreadPool(8)) {
            for (var done : threads.invokeAll(failures)) {
                done.get();
            }
        }

        assertThat(records.get(Kind.NAME, "sanne").count()).isEqualTo(40);
    }

    @Test
    void signingInAgainAndAgainWritesTheTrustAtMostOnceAMinute() {
        throttle.succeeded("sanne", "10.0.0.1");
        for (int second = 0; second < 59; second++) {
            clock.advance(Duration.ofSeconds(1));
            throttle.succeeded("sanne", "10.0.0.1");
        }
        assertThat(version()).as("written once").isZero();

        clock.advance(Duration.ofSeconds(1));
        throttle.succeeded("sanne", "10.0.0.1");

        assertThat(version()).as("renewed after a minute").isEqualTo(1);
    }

    @Test
    void rowsAreDeletedOnceNothingInThemMatters() {
        throttle.failed("sanne", "10.0.0.1");
        DatabaseSignInRecords records = instance();
        assertThat(records.forgetFinished()).isZero();

        clock.advance(Duration.ofMinutes(15).plusSeconds(1));

        assertThat(records.forgetFinished()).as("the name, the address, and both").isEqualTo(3);
        assertThat(throttle.check("sanne", "10.0.0.1")).isNull();
    }

    private long version() {
        return jdbc.sql("SELECT version FROM sign_in_record").query(Long.class).single();
    }
}
