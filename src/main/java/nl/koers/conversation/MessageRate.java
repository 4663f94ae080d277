package nl.koers.conversation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

import nl.koers.system.LimitsProperties;

/**
 * The cap on messages per person per minute ({@code koers.limits.messages-per-minute}, default 300): far above
 * what anyone types, low enough to stop a runaway script. A sliding window per person, kept in memory: each
 * Koers instance counts its own.
 */
@Component
class MessageRate {

    static final Duration WINDOW = Duration.ofMinutes(1);

    private final ConcurrentHashMap<Long, Deque<Instant>> recent = new ConcurrentHashMap<>();
    private final int perMinute;
    private final Clock clock;

    MessageRate(LimitsProperties limits, Clock clock) {
        this.perMinute = limits.messagesPerMinute();
        this.clock = clock;
    }

    /**
     * Counts a message of this person. When the last minute already holds the maximum, the message is not counted,
     * and the answer is how long until the oldest one leaves the window; otherwise it is zero.
     */
    Duration tryAccept(long userId) {
        Instant now = clock.instant();
        Instant windowStart = now.minus(WINDOW);
        Deque<Instant> times = recent.computeIfAbsent(userId, id -> new ArrayDeque<>());
        synchronized (times) {
            while (!times.isEmpty() && !times.peekFirst().isAfter(windowStart)) {
                times.pollFirst();
            }
            if (times.size() >= perMinute) {
                return Duration.between(windowStart, times.peekFirst());
            }
            times.addLast(now);
            return Duration.ZERO;
        }
    }
}
