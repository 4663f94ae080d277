package nl.koers.conversation;

import java.time.Duration;

import org.springframework.stereotype.Component;

import nl.koers.system.LimitsProperties;
import nl.koers.system.RateWindows;

/**
 * The cap on messages per person per minute ({@code koers.limits.messages-per-minute}, default 300): far above
 * what anyone types, low enough to stop a runaway script. A window of a minute per person, from the first message
 * after the previous window; counted in {@link RateWindows}, so on PostgreSQL the cap holds across every Koers
 * instance, and decided before the message is accepted: a refused message is neither counted nor stored.
 */
@Component
class MessageRate {

    static final Duration WINDOW = Duration.ofMinutes(1);

    private final RateWindows windows;
    private final int perMinute;

    MessageRate(RateWindows windows, LimitsProperties limits) {
        this.windows = windows;
        this.perMinute = limits.messagesPerMinute();
    }

    /** Counts a message of this person: zero when it may go on, otherwise how long until the minute is over. */
    Duration tryAccept(long userId) {
        return windows.tryCount("messages:" + userId, perMinute, WINDOW);
    }
}
