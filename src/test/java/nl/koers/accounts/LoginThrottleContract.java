package nl.koers.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.ZoneId;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

import nl.koers.FixedClockConfiguration;
import nl.koers.MovableClock;
import nl.koers.accounts.LoginThrottle.Paused;
import nl.koers.accounts.LoginThrottle.Reason;
import nl.koers.system.LimitsProperties;
import nl.koers.system.LimitsProperties.SignIn;

/**
 * The sign-in limits with their defaults: 5 wrong passwords per username and address, 20 per address, a slowdown
 * from 10 per username (1 s doubling to 5 s), all within 15 minutes. Nobody can keep someone else out. The same
 * behaviour whether the records are kept in memory ({@link LoginThrottleTest}) or in PostgreSQL
 * ({@link LoginThrottleOnPostgresTest}).
 */
abstract class LoginThrottleContract {

    static final LimitsProperties LIMITS = new LimitsProperties(DataSize.ofKilobytes(256), 300, 200, 5,
            Duration.ofMinutes(15), 50, 2, Duration.ofSeconds(5), 8, Duration.ofSeconds(5),
            new SignIn(20, 10, Duration.ofSeconds(1), Duration.ofSeconds(5), null));

    final MovableClock clock = new MovableClock(FixedClockConfiguration.NOW, ZoneId.of("Europe/Amsterdam"));
    SignInRecords records;
    LoginThrottle throttle;

    /** The records under test, empty. */
    abstract SignInRecords records();

    @BeforeEach
    void throttle() {
        records = records();
        throttle = new LoginThrottle(LIMITS, records, clock);
    }

    @Test
    void fiveWrongPasswordsFromOneAddressPauseThatAddressOnlyNotTheOwnerElsewhere() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("sanne", "10.0.0.1");
        }
        assertThat(throttle.check("sanne", "10.0.0.1")).as("four are allowed").isNull();
        throttle.failed("Sanne ", "10.0.0.1");

        Paused paused = throttle.check("sanne", "10.0.0.1");

        assertThat(paused).isNotNull();
        assertThat(paused.reason()).isEqualTo(Reason.NAME);
        assertThat(paused.minutes()).isEqualTo(15);
        assertThat(throttle.check("sanne", "10.0.0.2")).as("the owner from another address").isNull();
        assertThat(throttle.check("daan", "10.0.0.1")).as("another name from the same address").isNull();

        clock.advance(Duration.ofMinutes(15).plusSeconds(1));
        assertThat(throttle.check("sanne", "10.0.0.1")).as("the pause ends by itself").isNull();
    }

    @Test
    void anAddressTryingOnePasswordOnManyNamesIsPausedForEveryName() {
        for (int i = 0; i < 19; i++) {
            throttle.failed("naam-" + i, "10.0.1.1");
        }
        assertThat(throttle.check("nieuw", "10.0.1.1")).isNull();
        throttle.failed("naam-19", "10.0.1.1");

        Paused paused = throttle.check("nieuw", "10.0.1.1");

        assertThat(paused).isNotNull();
        assertThat(paused.reason()).isEqualTo(Reason.ADDRESS);
        assertThat(paused.minutes()).isEqualTo(15);
        assertThat(throttle.check("nieuw", "10.0.1.2")).as("other addresses go on").isNull();
        clock.advance(Duration.ofMinutes(16));
        assertThat(throttle.check("nieuw", "10.0.1.1")).isNull();
    }

    @Test
    void someoneWhoSignedInFromABusyAddressIsNotPausedWithIt() {
        throttle.succeeded("sanne", "10.0.2.1");
        for (int i = 0; i < 20; i++) {
            throttle.failed("naam-" + i, "10.0.2.1");
        }

        assertThat(throttle.check("daan", "10.0.2.1")).isNotNull();
        assertThat(throttle.check("sanne", "10.0.2.1")).as("her API calls from the shared address go on").isNull();
    }

    @Test
    void manyAddressesOnOneNameOnlySlowItDownAndTheRightPasswordThenGetsIn() {
        for (int i = 0; i < 9; i++) {
            throttle.failed("sanne", "10.1.0." + i);
        }
        assertThat(throttle.check("sanne", "192.168.1.5")).as("nine: not yet").isNull();
        throttle.failed("sanne", "10.1.0.9");

        Paused first = throttle.check("sanne", "192.168.1.5");

        assertThat(first).isNotNull();
        assertThat(first.reason()).isEqualTo(Reason.SLOWED);
        assertThat(first.seconds()).isEqualTo(1);
        clock.advance(Duration.ofMillis(400));
        assertThat(throttle.check("sanne", "192.168.1.5")).as("asking again early does not restart the wait")
                .extracting(Paused::seconds).isEqualTo(1L);
        assertThat(throttle.check("sanne", "10.2.0.1")).as("an attacker's new address waits for itself")
                .isNotNull();
        clock.advance(Duration.ofMillis(600));
        assertThat(throttle.check("sanne", "192.168.1.5")).as("after the wait the password is checked").isNull();
        throttle.succeeded("sanne", "192.168.1.5");

        for (int i = 0; i < 10; i++) {
            throttle.failed("sanne", "10.3.0." + i);
        }
        assertThat(throttle.check("sanne", "192.168.1.5")).as("the address that signed in is not slowed").isNull();
        assertThat(throttle.check("sanne", "10.4.0.1")).extracting(Paused::seconds).as("others wait the maximum")
                .isEqualTo(5L);
    }

    @Test
    void theAttemptAfterTheWaitGoesOnOnceAndAWrongPasswordMeansWaitingAgain() {
        for (int i = 0; i < 10; i++) {
            throttle.failed("sanne", "10.1.0." + i);
        }
        assertThat(throttle.check("sanne", "10.9.9.9")).isNotNull();
        clock.advance(Duration.ofSeconds(1));

        assertThat(throttle.check("sanne", "10.9.9.9")).isNull();
        throttle.failed("sanne", "10.9.9.9");

        assertThat(throttle.check("sanne", "10.9.9.9")).as("eleven failures: two seconds").extracting(Paused::seconds)
                .isEqualTo(2L);
    }

    @Test
    void theDelayDoublesUpToTheMaximum() {
        assertThat(throttle.delay(10)).isEqualTo(Duration.ofSeconds(1));
        assertThat(throttle.delay(11)).isEqualTo(Duration.ofSeconds(2));
        assertThat(throttle.delay(12)).isEqualTo(Duration.ofSeconds(4));
        assertThat(throttle.delay(13)).isEqualTo(Duration.ofSeconds(5));
        assertThat(throttle.delay(10_000)).isEqualTo(Duration.ofSeconds(5));
    }

    @Test
    void theSlowdownEndsWithItsWindow() {
        for (int i = 0; i < 10; i++) {
            throttle.failed("sanne", "10.1.0." + i);
        }
        clock.advance(Duration.ofMinutes(15).plusSeconds(1));

        assertThat(throttle.check("sanne", "10.9.9.9")).isNull();
    }
}
