package nl.koers.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

/** The windows of one process, on the embedded H2. */
class MemoryRateWindowsTest extends RateWindowsContract {

    private MemoryRateWindows memory;

    @Override
    RateWindows windows() {
        memory = new MemoryRateWindows(clock);
        return memory;
    }

    @Test
    void endedWindowsAreForgotten() {
        windows.tryCount("messages:1", 5, MINUTE);
        clock.advance(Duration.ofSeconds(30));
        windows.tryCount("messages:2", 5, MINUTE);
        clock.advance(Duration.ofSeconds(30));

        memory.forgetEnded();

        assertThat(memory.size()).isEqualTo(1);
    }
}
