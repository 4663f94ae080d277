package nl.koers.accounts;

import java.time.Duration;
import java.time.Instant;
import java.util.function.UnaryOperator;

/**
 * What the sign-in limits remember per key: a username, an address, or both. In memory and bounded on the embedded
 * H2 ({@link MemorySignInRecords}); in the database on PostgreSQL ({@link DatabaseSignInRecords}), so that the limits
 * hold across the Koers instances that share it.
 */
interface SignInRecords {

    /** What a key names. */
    enum Kind {
        /** a username from one address */
        NAME_AT_ADDRESS,
        /** an address, whatever the username */
        ADDRESS,
        /** a username, from all addresses together */
        NAME
    }

    /** A trust is renewed at most this often: a busy API client does not rewrite it on every request. */
    Duration TRUST_RENEWAL = Duration.ofMinutes(1);

    /**
     * One key's state.
     *
     * @param count        failures since {@code first}; they count while {@code first} is inside the window
     * @param first        the first failure of the current window
     * @param pausedUntil  signing in is refused until then
     * @param notBefore    during a slowdown: the next attempt goes on from then ({@link Instant#MIN}: none asked)
     * @param trustedUntil a correct password came from here; the slowdown and the address pause do not apply until then
     */
    record Entry(int count, Instant first, Instant pausedUntil, Instant notBefore, Instant trustedUntil) {

        static final Entry NONE = new Entry(0, Instant.MIN, Instant.MIN, Instant.MIN, Instant.MIN);

        /** The failures that still count at {@code now}. */
        int count(Instant now, Duration window) {
            return first.plus(window).isBefore(now) ? 0 : count;
        }

        Entry failed(Instant now, Duration window) {
            return count(now, window) == 0
                    ? new Entry(1, now, pausedUntil, notBefore, Instant.MIN)
                    : new Entry(count + 1, first, pausedUntil, notBefore, Instant.MIN);
        }

        Entry pausedUntil(Instant until) {
            return new Entry(count, first, until, notBefore, trustedUntil);
        }

        Entry notBefore(Instant at) {
            return new Entry(count, first, pausedUntil, at, trustedUntil);
        }

        /**
         * A correct password: the failures are forgotten and the key is trusted for the window. Left as it is when it
         * already is so and was trusted less than {@link #TRUST_RENEWAL} ago, so the trust lasts at least the window
         * less that.
         */
        Entry trusted(Instant now, Duration window) {
            Instant until = now.plus(window);
            boolean current = count == 0 && pausedUntil.equals(Instant.MIN) && notBefore.equals(Instant.MIN)
                    && trustedUntil.isAfter(until.minus(TRUST_RENEWAL));
            return current ? this : new Entry(0, Instant.MIN, Instant.MIN, Instant.MIN, until);
        }

        boolean paused(Instant now) {
            return pausedUntil.isAfter(now);
        }

        boolean trusted(Instant now) {
            return trustedUntil.isAfter(now);
        }

        /** From when nothing of this entry matters any more. */
        Instant forgetAfter(Duration window) {
            Instant last = first.plus(window);
            for (Instant until : new Instant[] {pausedUntil, notBefore, trustedUntil}) {
                last = until.isAfter(last) ? until : last;
            }
            return last;
        }
    }

    /** The entry of {@code key}; {@link Entry#NONE} when nothing is remembered. */
    Entry get(Kind kind, String key);

    /**
     * Changes the entry of {@code key} (starting from {@link Entry#NONE}) atomically, and returns the new one.
     * {@code change} may be applied more than once, when another change of the same key came first.
     */
    Entry update(Kind kind, String key, Instant now, UnaryOperator<Entry> change);
}
