package nl.koers.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

/** The sign-in limits of one process, on the embedded H2: in memory, and bounded. */
class LoginThrottleTest extends LoginThrottleContract {

    private MemorySignInRecords memory;

    @Override
    SignInRecords records() {
        memory = new MemorySignInRecords(LIMITS);
        return memory;
    }

    @Test
    void memoryStaysBoundedAndFinishedCountsAreForgottenFirst() {
        for (int i = 0; i < 3 * MemorySignInRecords.PRUNE_ABOVE; i++) {
            throttle.failed("geraden-" + i, "10." + (i >> 16) + "." + ((i >> 8) & 255) + "." + (i & 255));
        }
        assertThat(memory.size()).as("names, addresses, and both: each at most the limit")
                .isLessThanOrEqualTo(3 * MemorySignInRecords.PRUNE_ABOVE);

        for (int i = 0; i < 5; i++) {
            throttle.failed("herhaald", "10.200.0.1");
        }
        clock.advance(Duration.ofMinutes(16));
        for (int i = 0; i < 5; i++) {
            throttle.failed("later", "10.200.0.2");
        }
        for (int i = 0; i < MemorySignInRecords.PRUNE_ABOVE / 2; i++) {
            throttle.failed("nieuw-" + i, "10.201." + ((i >> 8) & 255) + "." + (i & 255));
        }

        assertThat(memory.size()).isLessThanOrEqualTo(3 * MemorySignInRecords.PRUNE_ABOVE);
        assertThat(throttle.check("later", "10.200.0.2")).as("a live pause is kept: the finished ones went first")
                .isNotNull();
    }
}
