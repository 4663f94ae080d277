package nl.koers.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import nl.koers.MovableClock;

/**
 * Counting in fixed windows, the same in memory ({@link MemoryRateWindowsTest}) and in PostgreSQL
 * ({@link DatabaseRateWindowsTest}): at most the maximum per window, a refused event does not count, and the next
 * window starts with the first event after the last one ended.
 */
abstract class RateWindowsContract {

    static final Duration MINUTE = Duration.ofMinutes(1);

    final MovableClock clock = new MovableClock(Instant.parse("2026-03-02T09:00:00Z"), ZoneId.of("Europe/Amsterdam"));
    RateWindows windows;

    /** The windows under test, empty, on {@link #clock}. */
    abstract RateWindows windows();

    @BeforeEach
    void windowsUnderTest() {
        windows = windows();
    }

    @Test
    void theMaximumPerWindowIsCountedAndTheNextOneWaitsForTheWindowsEnd() {
        for (int i = 0; i < 3; i++) {
            assertThat(windows.tryCount("messages:1", 3, MINUTE)).isZero();
            clock.advance(Duration.ofSeconds(10));
        }

        assertThat(windows.tryCount("messages:1", 3, MINUTE)).as("the window began 30 seconds ago")
                .isEqualTo(Duration.ofSeconds(30));
        assertThat(windows.tryCount("messages:2", 3, MINUTE)).as("another key").isZero();
        clock.advance(Duration.ofSeconds(29));
        assertThat(windows.tryCount("messages:1", 3, MINUTE)).as("refusals do not count, nor extend the window")
                .isEqualTo(Duration.ofSeconds(1));

        clock.advance(Duration.ofSeconds(1));
        for (int i = 0; i < 3; i++) {
            assertThat(windows.tryCount("messages:1", 3, MINUTE)).as("a new window").isZero();
        }
        assertThat(windows.tryCount("messages:1", 3, MINUTE)).isEqualTo(MINUTE);
    }

    @Test
    void aWindowThatEndedLongAgoStartsAnew() {
        assertThat(windows.tryCount("messages:1", 1, MINUTE)).isZero();
        assertThat(windows.tryCount("messages:1", 1, MINUTE)).isEqualTo(MINUTE);

        clock.advance(Duration.ofHours(3));

        assertThat(windows.tryCount("messages:1", 1, MINUTE)).isZero();
        assertThat(windows.tryCount("messages:1", 1, MINUTE)).isEqualTo(MINUTE);
    }
}
