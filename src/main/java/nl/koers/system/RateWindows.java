package nl.koers.system;

import java.time.Duration;

/**
 * Counts events per key in fixed windows, for the limits "at most so many per so long". A key's window begins with
 * its first event after the previous window ended, and lasts the given length. On PostgreSQL the windows are rows
 * that every Koers instance counts in ({@link DatabaseRateWindows}), so a limit holds across instances; on the
 * embedded H2 they are kept in memory ({@link MemoryRateWindows}).
 */
public interface RateWindows {

    /**
     * Counts one event for {@code key} when its window has room: at most {@code max} per window of {@code length}.
     * Zero when it was counted; otherwise how long until the window ends and there is room again. An event that
     * is refused does not count.
     */
    Duration tryCount(String key, int max, Duration length);
}
