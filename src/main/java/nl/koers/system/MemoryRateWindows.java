package nl.koers.system;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.scheduling.annotation.Scheduled;

/** The windows of one process, on the embedded H2: no statement per event. Ended windows are forgotten regularly. */
class MemoryRateWindows implements RateWindows {

    private record Window(Instant ends, int events) {
    }

    private final ConcurrentHashMap<String, Window> windows = new ConcurrentHashMap<>();
    private final Clock clock;

    MemoryRateWindows(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Duration tryCount(String key, int max, Duration length) {
        Instant now = clock.instant();
        Window window = windows.compute(key, (k, known) -> known == null || !known.ends().isAfter(now)
                ? new Window(now.plus(length), 1)
                : new Window(known.ends(), Math.min(known.events(), max) + 1));
        return window.events() <= max ? Duration.ZERO : Duration.between(now, window.ends());
    }

    @Scheduled(fixedDelayString = DatabaseRateWindows.FORGET_EVERY, initialDelayString = DatabaseRateWindows.FORGET_EVERY)
    void forgetEnded() {
        Instant now = clock.instant();
        windows.values().removeIf(window -> !window.ends().isAfter(now));
    }

    int size() {
        return windows.size();
    }
}
