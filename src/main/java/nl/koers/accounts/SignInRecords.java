package nl.koers.accounts;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

import org.jspecify.annotations.Nullable;

/**
 * What the sign-in limits remember per key (a username, an address, or both), in memory and bounded: above
 * {@link #limit} keys, the finished ones are forgotten first, and if that is not enough the least recently touched
 * ones, down to nine tenths of the limit. Guessing at random names or from many addresses cannot fill the memory.
 */
final class SignInRecords<K> {

    /**
     * One key's state.
     *
     * @param count        failures since {@code first}; they count while {@code first} is inside the window
     * @param first        the first failure of the current window
     * @param touched      the last change, for forgetting the least recent first
     * @param pausedUntil  signing in is refused until then
     * @param notBefore    during a slowdown: the next attempt goes on from then ({@link Instant#MIN}: none asked)
     * @param trustedUntil a correct password came from here; the slowdown and the address pause do not apply until then
     */
    record Entry(int count, Instant first, Instant touched, Instant pausedUntil, Instant notBefore,
            Instant trustedUntil) {

        static Entry none(Instant now) {
            return new Entry(0, Instant.MIN, now, Instant.MIN, Instant.MIN, Instant.MIN);
        }

        /** The failures that still count at {@code now}. */
        int count(Instant now, Duration window) {
            return first.plus(window).isBefore(now) ? 0 : count;
        }

        Entry failed(Instant now, Duration window) {
            return count(now, window) == 0
                    ? new Entry(1, now, now, pausedUntil, notBefore, Instant.MIN)
                    : new Entry(count + 1, first, now, pausedUntil, notBefore, Instant.MIN);
        }

        Entry pausedUntil(Instant until) {
            return new Entry(count, first, touched, until, notBefore, trustedUntil);
        }

        Entry notBefore(Instant at, Instant now) {
            return new Entry(count, first, now, pausedUntil, at, trustedUntil);
        }

        Entry trustedUntil(Instant until, Instant now) {
            return new Entry(0, Instant.MIN, now, Instant.MIN, Instant.MIN, until);
        }

        boolean paused(Instant now) {
            return pausedUntil.isAfter(now);
        }

        boolean trusted(Instant now) {
            return trustedUntil.isAfter(now);
        }

        boolean finished(Instant now, Duration window) {
            return count(now, window) == 0 && !pausedUntil.isAfter(now) && !notBefore.isAfter(now)
                    && !trustedUntil.isAfter(now);
        }
    }

    private final Map<K, Entry> entries = new ConcurrentHashMap<>();
    private final int limit;
    private final Duration window;

    SignInRecords(int limit, Duration window) {
        this.limit = limit;
        this.window = window;
    }

    @Nullable Entry get(K key) {
        return entries.get(key);
    }

    /** Changes the entry of {@code key} (starting from an empty one) atomically, and returns the new one. */
    Entry update(K key, Instant now, UnaryOperator<Entry> change) {
        if (entries.size() >= limit) {
            forget(now);
        }
        return entries.compute(key, (k, known) -> change.apply(known == null ? Entry.none(now) : known));
    }

    void remove(K key) {
        entries.remove(key);
    }

    int size() {
        return entries.size();
    }

    private void forget(Instant now) {
        entries.values().removeIf(entry -> entry.finished(now, window));
        int keep = limit - limit / 10;
        if (entries.size() > keep) {
            entries.entrySet().stream()
                    .sorted(Comparator.comparing(known -> known.getValue().touched()))
                    .limit(entries.size() - keep)
                    .map(Map.Entry::getKey)
                    .toList()
                    .forEach(entries::remove);
        }
    }
}
